import { startHarness, type Harness } from '../e2e/harness';

// The tab's view (personal or channel) is decided by the server from the route a page was served
// from and asks on, never from a parameter the client chooses.

const COORDINATOR = '00000000-0000-4000-8000-000000000301';
type Counts = Record<string, { n: number | null; lt?: number }>;

describe('the tab decides its scope on the server', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ TAB_DEV_MODE: 'true' });
  });
  afterAll(() => h.close());

  const get = async (path: string) => {
    const res = await fetch(`${h.app.url}${path}`, {
      headers: { 'x-nara-dev-user': COORDINATOR },
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  /** Indicators that are 1–4 in the exact (personal) answer. */
  const small = (counts: Counts) =>
    Object.entries(counts)
      .filter(([, v]) => v.n !== null && v.n > 0 && v.n < 5)
      .map(([k]) => k);
  const hidden = (counts: Counts) =>
    Object.entries(counts)
      .filter(([, v]) => v.n === null && v.lt === 5)
      .map(([k]) => k);

  it('says which view each route is', async () => {
    expect((await get('/tab/api/me')).body.scope).toBe('personal');
    expect((await get('/tab/channel/api/me')).body.scope).toBe('channel');
    expect((await get('/tab/api/me?scope=channel')).body.scope).toBe('personal');
    expect((await get('/tab/channel/api/me?scope=personal')).body.scope).toBe('channel');
  });

  it('hides small counts on the channel route, whatever the query says', async () => {
    const exact = (await get('/tab/api/summary?unitId=hc-lottorp')).body.indicators as Counts;
    const smallOnes = small(exact);
    expect(smallOnes.length).toBeGreaterThan(0); // Löttorp has small counts in the reference data
    for (const query of ['', '&scope=personal', '&scope=channel']) {
      const channel = (await get(`/tab/channel/api/summary?unitId=hc-lottorp${query}`)).body;
      expect({ query, hidden: hidden(channel.indicators as Counts) }).toEqual({
        query,
        hidden: smallOnes,
      });
    }
    // The personal route stays exact even when asked for the channel view.
    const asked = (await get('/tab/api/summary?unitId=hc-lottorp&scope=channel')).body;
    expect(small(asked.indicators as Counts)).toEqual(smallOnes);
  });

  it('applies the channel rule to the distribution on the channel route only', async () => {
    const personal = JSON.stringify((await get('/tab/api/distribution?scope=channel')).body);
    const channel = JSON.stringify(
      (await get('/tab/channel/api/distribution?scope=personal')).body,
    );
    expect(personal).not.toContain('"lt":5');
    expect(channel).toContain('"lt":5');
  });

  it('serves the same pages and bundles on the channel route', async () => {
    for (const path of ['index.html', 'tab.js', 'tab.css', 'vendor/chart.umd.min.js']) {
      expect({ path, status: (await fetch(`${h.app.url}/tab/channel/${path}`)).status }).toEqual({
        path,
        status: 200,
      });
    }
  });
});
