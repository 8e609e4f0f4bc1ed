// npm run screenshots: every metrics and digest card as Microsoft 365 Agents Playground draws it,
// in Swedish and English, in a 1:1 chat and in the team channel; light (the Playground), high
// contrast (the Playground under Chromium's forced colours, as Windows high contrast shows it) and
// dark (the Playground has no dark theme: the same card JSON drawn by the Adaptive Cards renderer
// with Teams' dark host config). Output: test-artifacts/playground/{light,contrast,dark}/*.png and
// index.json (each card's height). See scripts/playground/README.md.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createApp } from '../src/app';
import { embeddedReferenceApis } from '../dev/reference-api/embeddedApis';
import { loadConfig } from '../src/config';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'test-artifacts', 'playground');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

type Place = 'personal' | 'channel';
type Scenario = { name: string; place: Place; text: string };

/** The questions, as a manager (the Playground's user, Testa Gripenchef) and in the channel. */
const SCENARIOS: Scenario[] = [
  { name: 'sv-welcome-manager', place: 'personal', text: 'hjälp' },
  {
    name: 'sv-group-karlshamnspiloten',
    place: 'personal',
    text: 'vem kontaktar jag för Karlshamnspiloten',
  },
  { name: 'sv-person-ake', place: 'personal', text: 'telefon till Åke Åkesson' },
  // Someone the directory lacks, at a unit it has: not found, then the unit's card.
  {
    name: 'sv-person-unknown-at-unit',
    place: 'personal',
    text: 'telefon till Eva Lindqvist på Gamleby hälsocentral',
  },
  { name: 'sv-summary-region', place: 'personal', text: 'RUB 5 i regionen' },
  {
    name: 'sv-summary-gripen',
    place: 'personal',
    text: 'hur många RUB 5 saknar fast läkarkontakt på Gripen?',
  },
  {
    name: 'sv-distribution',
    place: 'personal',
    text: 'fördelning mellan hälsocentraler för RUB5 utan fast läkarkontakt',
  },
  {
    name: 'sv-trend-region',
    place: 'personal',
    text: 'hur har andelen utan fast läkare förändrats sedan augusti 2022?',
  },
  { name: 'sv-trend-gripen', place: 'personal', text: 'trend SIP på Gripen' },
  // A month without its year: the one with figures, or "no such period" naming the month.
  { name: 'sv-distribution-december', place: 'personal', text: 'fördelning RUB 5 i december' },
  { name: 'sv-no-such-month', place: 'personal', text: 'fördelning RUB 5 i juni' },
  { name: 'sv-digest-preview', place: 'personal', text: 'visa veckobrev nu' },
  { name: 'sv-compare', place: 'personal', text: 'jämför Gripen med Kristineberg' },
  { name: 'sv-units-in-area', place: 'personal', text: 'vilka hälsocentraler finns i Nybro?' },
  { name: 'sv-unit-borgholm', place: 'personal', text: 'telefon till Borgholms hälsocentral' },
  { name: 'en-language-choice', place: 'personal', text: 'kan du svara på engelska?' },
  { name: 'en-compare', place: 'personal', text: 'compare Gripen with Kristineberg' },
  { name: 'en-welcome-manager', place: 'personal', text: 'help' },
  { name: 'en-summary-region', place: 'personal', text: 'summary for the region' },
  {
    name: 'en-distribution',
    place: 'personal',
    text: 'which health centres have the highest share without a regular doctor',
  },
  {
    name: 'en-trend-region',
    place: 'personal',
    text: 'how has the share without a regular doctor changed since August 2022',
  },
  { name: 'en-digest-preview', place: 'personal', text: 'preview digest' },
  { name: 'sv-channel-summary-overum', place: 'channel', text: 'RUB5 på Överum' },
  {
    name: 'sv-channel-distribution-sip',
    place: 'channel',
    text: 'fördelning mellan hälsocentraler för rub5 med SIP',
  },
  {
    name: 'sv-channel-patient-list',
    place: 'channel',
    text: 'vilka RUB5-patienter saknar fast läkare på Gripen?',
  },
  { name: 'sv-channel-trend-overum', place: 'channel', text: 'trend SIP på Överum' },
  { name: 'sv-channel-digest', place: 'channel', text: 'visa veckobrev nu' },
  {
    name: 'en-channel-distribution-sip',
    place: 'channel',
    text: 'which health centres have the highest share with a SIP',
  },
  { name: 'en-channel-digest', place: 'channel', text: 'preview digest' },
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts the Playground against the bot and resolves when it listens. */
async function startPlayground(endpoint: string, port: number): Promise<ChildProcess> {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'agentsplayground');
  const child = spawn(
    bin,
    ['--disable-telemetry', '-e', endpoint, '-c', 'msteams', '-p', String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, APPLICATION_INSIGHTS_NO_STATSBEAT: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the Playground did not start')), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`the Playground exited with ${code}`)));
  });
  return child;
}

type CardFrame = { conversationId: string; card: unknown };

/** Opens a conversation in the Playground's list: the 1:1 chat or the Samverkan channel. */
async function openPlace(page: Page, place: Place): Promise<void> {
  const label = place === 'personal' ? 'Personal Chat' : 'Nära vård Oskarshamn - Samverkan';
  await page.click(`button[aria-label="${label}"]`);
  await page.waitForTimeout(800);
}

/** Sends a question: in the 1:1 chat as typed, in the channel as a new post that mentions the bot. */
async function ask(page: Page, place: Place, text: string): Promise<number> {
  // Cards already on the page are marked, so only the new ones count (a channel lists newest first).
  await page.$$eval('.ac-adaptiveCard', (els) =>
    els.forEach((e) => e.setAttribute('data-seen', '1')),
  );
  const box = page.locator('textarea, [contenteditable="true"], input[type="text"]').first();
  await box.click();
  if (place === 'channel') {
    // Teams delivers channel posts to a bot only when they mention it.
    await page.keyboard.type('@Nä');
    await page.locator('[role="menuitem"]', { hasText: 'Nära' }).first().click();
    await page.keyboard.type(` ${text}`);
    await page.click('button:has-text("Post")');
  } else {
    await box.fill(text);
    await page.keyboard.press('Enter');
  }
  const fresh = page.locator('.ac-adaptiveCard:not([data-seen])');
  // Cards arrive one after another; wait until none has come for a while.
  let count = 0;
  for (let waited = 0, still = 0; waited < 15_000 && still < 1500; waited += 250) {
    await page.waitForTimeout(250);
    const now = await fresh.count();
    still = now === count && now > 0 ? still + 250 : 0;
    count = now;
  }
  return count;
}

/** The dark rendering: each card JSON drawn by adaptivecards with Teams' dark host config. */
async function renderDark(page: Page, cards: { file: string; card: unknown }[]): Promise<void> {
  const renderer = readFileSync(
    path.join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js'),
    'utf8',
  );
  const hostConfig = readFileSync(
    path.join(ROOT, 'scripts', 'playground', 'microsoft-teams-dark.json'),
    'utf8',
  );
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>
      body { margin: 0; background: #1f1f1f; font-family: 'Segoe UI', sans-serif; }
      #card { width: 440px; margin: 16px; border-radius: 4px; overflow: hidden; }
    </style></head><body><div id="card"></div></body></html>`,
  );
  await page.addScriptTag({ content: renderer });
  for (const { file, card } of cards) {
    await page.evaluate(
      ({ json, config }) => {
        const AC = (window as unknown as { AdaptiveCards: Record<string, unknown> })
          .AdaptiveCards as never as {
          AdaptiveCard: new () => {
            hostConfig: unknown;
            parse: (j: unknown) => void;
            render: () => HTMLElement;
          };
          HostConfig: new (c: unknown) => unknown;
        };
        const ac = new AC.AdaptiveCard();
        ac.hostConfig = new AC.HostConfig(JSON.parse(config));
        ac.parse(json);
        const target = document.getElementById('card') as HTMLElement;
        target.innerHTML = '';
        target.appendChild(ac.render());
      },
      { json: card, config: hostConfig },
    );
    await page.locator('#card').screenshot({ path: path.join(OUT, 'dark', file) });
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nara-screenshots-'));
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    REFERENCE_API_PORT: '0',
    REFERENCE_API_KEY: 'screenshots-reference-key',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    APP_ID: '00000000-0000-0000-0000-000000000001',
  });
  const app = await createApp(config, { embeddedApis: embeddedReferenceApis });
  const port = await freePort();
  const playground = await startPlayground(`${app.url}/api/messages`, port);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  for (const theme of ['light', 'contrast', 'dark']) {
    rmSync(path.join(OUT, theme), { recursive: true, force: true });
    mkdirSync(path.join(OUT, theme), { recursive: true });
  }
  const index: { file: string; scenario: string; text: string; heightPx: number }[] = [];
  const frames: CardFrame[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 2400 } });
    page.on('websocket', (ws) =>
      ws.on('framereceived', (frame) => {
        const text = String(frame.payload);
        if (!text.startsWith('{"action":"createMessage"')) return;
        const message = JSON.parse(text) as {
          actionConversationId: string;
          message: { attachments?: { contentType: string; content: unknown }[] };
        };
        for (const a of message.message.attachments ?? []) {
          if (a.contentType === 'application/vnd.microsoft.card.adaptive') {
            frames.push({ conversationId: message.actionConversationId, card: a.content });
          }
        }
      }),
    );
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    let place: Place | undefined;
    const dark: { file: string; card: unknown }[] = [];
    // `npm run screenshots -- NAME…`: only the scenarios whose names start with one of them.
    const only = process.argv.slice(2);
    const chosen = SCENARIOS.filter(
      (x) => only.length === 0 || only.some((o) => x.name.startsWith(o)),
    );
    for (const [n, scenario] of chosen.entries()) {
      if (scenario.place !== place) await openPlace(page, scenario.place);
      place = scenario.place;
      const framesBefore = frames.length;
      const arrived = await ask(page, scenario.place, scenario.text);
      const cards = page.locator('.ac-adaptiveCard:not([data-seen])');
      for (let k = 0; k < arrived; k++) {
        const file = `${String(n + 1).padStart(2, '0')}-${scenario.name}${arrived > 1 ? `-${k + 1}` : ''}.png`;
        const card = cards.nth(k);
        await card.scrollIntoViewIfNeeded();
        const box = await card.boundingBox();
        await card.screenshot({ path: path.join(OUT, 'light', file) });
        await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
        await card.screenshot({ path: path.join(OUT, 'contrast', file) });
        await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
        index.push({
          file,
          scenario: scenario.name,
          text: scenario.text,
          heightPx: Math.round(box?.height ?? 0),
        });
        const json = frames[framesBefore + k]?.card;
        if (json) dark.push({ file, card: json });
      }
      if (arrived === 0) console.warn(`no card for ${scenario.name}`);
    }
    await renderDark(page, dark);
    writeFileSync(path.join(OUT, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
    for (const i of index) {
      const flag = i.heightPx > 1200 ? '  ← taller than 1 200 px' : '';
      console.log(`${i.file.padEnd(48)} ${String(i.heightPx).padStart(5)} px${flag}`);
    }
    console.log(`${index.length} cards × 3 themes in ${path.relative(ROOT, OUT)}/`);
  } finally {
    await browser.close();
    playground.kill('SIGTERM');
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
