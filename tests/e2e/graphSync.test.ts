import { startDirectoryServer, type DirectoryServer } from './directoryServer';
import { actionsOf, cardText, cardsOf, startHarness, type Harness } from './harness';
import { messageActivity } from './teamsActivity';
import { startGraphServer, type GraphServer } from '../support/graphServer';
import { GRETA_AAD, graphDirectory, tenant } from '../support/graphTenant';

// Issue 11, "a Graph-synced colleague's mobile number appears with Graph as its source": the app
// with GRAPH_SYNC=true against a local Graph (token endpoint, /users/delta with two pages and a
// deltaLink) and a directory of its own in which one fictional colleague has a Teams identity.
// Asked over the wire, before and after Graph changes her number, and after Graph clears it.

describe('Microsoft Graph sync, over the wire', () => {
  let graph: GraphServer;
  let directory: DirectoryServer;
  let h: Harness;
  const fetched: string[] = [];
  const realFetch = globalThis.fetch;

  beforeAll(async () => {
    // Every fetch the app makes is seen here (the Graph client and the token request use fetch).
    globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
      fetched.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    };
    graph = await startGraphServer(tenant());
    directory = await startDirectoryServer(graphDirectory());
    const t = tenant();
    h = await startHarness({
      DIRECTORY_API_URL: directory.url,
      DIRECTORY_API_KEY: 'e2e-directory-key',
      GRAPH_SYNC: 'true',
      GRAPH_TENANT_ID: t.tenantId,
      GRAPH_CLIENT_ID: t.clientId,
      GRAPH_CLIENT_SECRET: t.clientSecret,
      GRAPH_BASE_URL: graph.baseUrl,
      GRAPH_AUTHORITY_URL: graph.url,
    });
    // The run at start, then one more: both rounds done before the first question.
    await h.app.graphSync!.runNow();
  });
  afterAll(async () => {
    await h.close();
    await graph.close();
    await directory.close();
    globalThis.fetch = realFetch;
  });

  const ask = async (text: string, locale = 'sv-SE') => {
    const { sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, text, locale, platform: 'Android' }),
    );
    const card = cardsOf(sent)[0];
    return { text: cardText(card), actions: actionsOf(card) };
  };

  it('"telefon till Greta Grafström" answers with her mobile from Graph, Graph named as source', async () => {
    const { text, actions } = await ask('telefon till Greta Grafström');
    expect(text).toContain('+46 70 174 06 80');
    expect(text).toContain('Källa: Microsoft Graph');
    expect(actions).toContainEqual(
      expect.objectContaining({ title: 'Ring mobil', url: 'tel:+46701740680' }),
    );
    const en = await ask('phone number for Greta Grafström', 'en-US');
    expect(en.text).toContain('+46 70 174 06 80');
    expect(en.text).toContain('Source: Microsoft Graph');
  });

  it('after Graph changes her mobile, the next sync makes the new number the answer', async () => {
    graph.update(GRETA_AAD, { mobilePhone: '+46 70 174 06 81' });
    expect(await h.app.graphSync!.runNow()).toMatchObject({ outcome: 'done', mode: 'delta' });
    const { text } = await ask('telefon till Greta Grafström');
    expect(text).toContain('+46 70 174 06 81');
    expect(text).not.toContain('+46 70 174 06 80');
    expect(text).toContain('Källa: Microsoft Graph');
  });

  it('a number cleared in Graph is gone from the card', async () => {
    graph.update(GRETA_AAD, { mobilePhone: null, businessPhones: [] });
    expect(await h.app.graphSync!.runNow()).toMatchObject({ outcome: 'done', mode: 'delta' });
    const { text, actions } = await ask('telefon till Greta Grafström');
    expect(text).not.toContain('174 06 8');
    expect(text).not.toContain('465 004 00');
    expect(actions.filter((a) => a.url?.startsWith('tel:'))).toEqual([]);
    // Her e-mail is still in Graph, and still on the card.
    expect(text).toContain('greta.grafstrom@nara.example');
  });

  it('no request went anywhere but the local servers', () => {
    // The test's own posts to the bot aside, every fetch went to the Graph stand-in, and what it
    // answered (a token, then delta pages) is every request the sync made.
    const byApp = fetched.filter((url) => !url.startsWith(`${h.app.url}/`));
    expect(byApp.length).toBeGreaterThan(0);
    expect(byApp.filter((url) => !url.startsWith(`${graph.url}/`))).toEqual([]);
    expect(graph.requests).toHaveLength(byApp.length);
    expect(graph.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'))).toHaveLength(1);
  });
});
