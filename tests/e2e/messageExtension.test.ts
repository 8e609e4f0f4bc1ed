import { cardText, startHarness, type Harness } from './harness';
import { messageActivity, messageExtensionQuery } from './teamsActivity';

type Attachment = {
  contentType: string;
  content: unknown;
  preview: { contentType: string; content: { title: string; text?: string } };
};
type InvokeBody = {
  composeExtension: {
    type: string;
    attachmentLayout?: string;
    attachments?: Attachment[];
    text?: string;
  };
};

describe('searchContacts message extension, over the wire', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const search = async (o: { query?: string; initialRun?: boolean }) => {
    const { status, body, sent } = await h.post(
      messageExtensionQuery({ serviceUrl: h.connector.url, ...o }),
    );
    expect(status).toBe(200);
    expect(sent).toHaveLength(0); // an invoke answers in the HTTP response, it posts nothing
    return (body as InvokeBody).composeExtension;
  };

  it('finds a person and returns a preview plus the contact card to insert', async () => {
    const result = await search({ query: 'åke åkesson' });
    expect(result.type).toBe('result');
    const first = result.attachments?.[0];
    expect(first?.preview.content.title).toBe('Åke Åkesson');
    expect(first?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(first?.content)).toContain('0485-151 44');
    // Read on any client: tel: is offered (it works on phones), the number is plain text.
    expect(JSON.stringify(first?.content)).toContain('tel:+4648515144');
  });

  it('finds units and groups too, with typos', async () => {
    const unit = await search({ query: 'kristinberg' });
    expect(unit.attachments?.map((a) => a.preview.content.title)).toContain(
      'Kristinebergs hälsocentral',
    );
    const group = await search({ query: 'oskarsgrupen' });
    expect(group.attachments?.[0]?.preview.content.title).toMatch(/Oskarshamnsklustret/);
  });

  it('on initial run shows the coordination group first, then the most-asked groups', async () => {
    await h.post(
      messageActivity({ serviceUrl: h.connector.url, text: 'vilka deltar i Hemsjukhuset' }),
    );
    await h.post(
      messageActivity({ serviceUrl: h.connector.url, text: 'vad jobbar hemsjukhuset med' }),
    );
    const result = await search({ initialRun: true });
    const titles = result.attachments?.map((a) => a.preview.content.title) ?? [];
    expect(titles[0]).toBe('Samordnande arbetsgruppen nära vård');
    expect(titles[1]).toBe('Hemsjukhuset Borgholm');
  });

  it('an empty query shows the same starting list', async () => {
    const result = await search({ query: '' });
    expect(result.attachments?.[0]?.preview.content.title).toBe(
      'Samordnande arbetsgruppen nära vård',
    );
  });
});
