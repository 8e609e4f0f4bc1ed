import type { AddressInfo } from 'node:net';
import {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
} from 'botbuilder';
import restify from 'restify';

// The floor of a turn: the smallest bot botbuilder offers (an echo bot on restify with the same
// adapter, anonymous like the benchmark app), so a turn's figure can be read against it. Given a
// card, it answers every message with that card instead: what sending a card costs by itself.

export type EchoBot = { url: string; close: () => Promise<void> };

export async function startEchoBot(card?: object): Promise<EchoBot> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler().onMessage(async (context, next) => {
    await context.sendActivity(
      card
        ? { type: 'message', attachments: [CardFactory.adaptiveCard(structuredClone(card))] }
        : `Echo: ${context.activity.text}`,
    );
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
