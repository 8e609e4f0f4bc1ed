import pino from 'pino';
import { readAuditLog } from '../../src/access/auditLog';
import type { Person } from '../../src/clients/directorySchemas';
import type { Sent } from './connector';
import { actionsOf, cardText, cardsOf, startHarness, type CardJson, type Harness } from './harness';
import { messageActivity, type Scope } from './teamsActivity';

// Patient lists over the wire: who gets rows, where, and the audit record behind every list.

const KEY = 'e2e-reference-key';
const REF = /P-[0-9A-Z]{5,}/g;
const LIST_QUESTION = 'vilka RUB5-patienter saknar fast läkare på min HC?';
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Every patient ref anywhere in what the bot sent (cards, text, button data). */
const refsIn = (sent: Sent[]): string[] => JSON.stringify(sent).match(REF) ?? [];

function tableRows(card: CardJson): string[][] {
  const rows: string[][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'TableRow') {
        rows.push((o.cells as { items: { text: string }[] }[]).map((c) => plain(c.items[0].text)));
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return rows;
}

describe('patient lists over the wire', () => {
  let h: Harness;
  const logLines: string[] = [];
  let managers: Person[];
  const managerOf = (unitId: string): Person => {
    const person = managers.find((p) => p.unitId === unitId && p.aadObjectId);
    if (!person?.aadObjectId) throw new Error(`no manager with aadObjectId for ${unitId}`);
    return person;
  };
  const get = async <T>(url: string): Promise<T> =>
    (await fetch(url, { headers: { Authorization: `Bearer ${KEY}` } })).json() as Promise<T>;
  const say = (
    text: string | undefined,
    o: {
      aadObjectId?: string;
      scope?: Scope;
      value?: unknown;
      conversationId?: string;
      replyToId?: string;
    } = {},
  ) =>
    h.post({
      ...messageActivity({
        serviceUrl: h.connector.url,
        text,
        mention: !!text && !!o.scope && o.scope !== 'personal',
        ...o,
      }),
      ...(o.replyToId ? { replyToId: o.replyToId } : {}),
    });

  beforeAll(async () => {
    const log = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
    h = await startHarness({}, { log });
    const directoryUrl = h.app.directoryUrl;
    managers = (
      await Promise.all(
        ['basenhetschef', 'verksamhetschef'].map((role) =>
          get<{ items: Person[] }>(`${directoryUrl}/v1/people?role=${role}`),
        ),
      )
    ).flatMap((r) => r.items);
  });
  afterAll(() => h.close());

  it("shows a manager their own unit's list in a 1:1 chat: the API's total, 10 rows, audited first", async () => {
    const gripen = managerOf('hc-gripen');
    const api = await get<{ total: number }>(
      `${h.app.metricsUrl}/v1/patients?unitId=hc-gripen&level=5&withoutFastLakarkontakt=true&period=2023-03&limit=1`,
    );
    const { sent } = await say(LIST_QUESTION, {
      aadObjectId: gripen.aadObjectId,
      conversationId: 'a:1personal-gripen',
    });
    const [card] = cardsOf(sent);
    const text = plain(cardText(card));
    expect(text).toContain('RUB 5 utan fast läkarkontakt – Gripens hälsocentral');
    expect(text).toContain(`${api.total} patienter`);
    expect(text).toContain('Syntetiska data');
    const rows = tableRows(card).slice(1);
    expect(rows).toHaveLength(10);
    // Sorted by number of care-use indicators, most first.
    const flagCounts = rows.map((r) => (r[4] === '–' ? 0 : r[4].split(', ').length));
    expect(flagCounts).toEqual([...flagCounts].sort((a, b) => b - a));
    const shown = rows.map((r) => r[0]);
    const records = await readAuditLog(h.app.db);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      event: 'patientList',
      user: { aadObjectId: gripen.aadObjectId, personId: gripen.id },
      conversation: 'personal',
      unitId: 'hc-gripen',
      filter: { level: 5, withoutFastLakarkontakt: true },
      period: '2023-03',
      page: 0,
      total: api.total,
      refs: shown,
    });
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Nästa']);
  });

  it('turns to page 2 in place (an update of the card), re-checked and audited again', async () => {
    const gripen = managerOf('hc-gripen');
    const first = await say(LIST_QUESTION, {
      aadObjectId: gripen.aadObjectId,
      conversationId: 'a:1personal-gripen',
    });
    const next = actionsOf(cardsOf(first.sent)[0]).find((a) => a.title === 'Nästa');
    const before = (await readAuditLog(h.app.db)).length;
    const { sent } = await say(undefined, {
      aadObjectId: gripen.aadObjectId,
      conversationId: 'a:1personal-gripen',
      value: next?.data,
      replyToId: 'activity-list-1',
    });
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe('PUT');
    expect(sent[0].path).toMatch(/\/activities\/activity-list-1$/);
    const card = cardsOf(sent)[0];
    const page2 = tableRows(card)
      .slice(1)
      .map((r) => r[0]);
    const page1 = tableRows(cardsOf(first.sent)[0])
      .slice(1)
      .map((r) => r[0]);
    expect(page2).toHaveLength(10);
    expect(page2.filter((ref) => page1.includes(ref))).toEqual([]);
    expect(plain(cardText(card))).toContain('Visar 11–20 av');
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Föregående', 'Nästa']);
    const records = await readAuditLog(h.app.db);
    expect(records).toHaveLength(before + 1);
    expect(records[records.length - 1]).toMatchObject({ page: 1, refs: page2 });
  });

  describe('no refs for anyone else, or anywhere else', () => {
    let before: number;
    beforeEach(async () => (before = (await readAuditLog(h.app.db)).length));
    afterEach(async () => expect(await readAuditLog(h.app.db)).toHaveLength(before));

    const expectAggregateOnly = (sent: Sent[], reason: RegExp) => {
      expect(refsIn(sent)).toEqual([]);
      const cards = cardsOf(sent);
      expect(cards).toHaveLength(1);
      const text = plain(cardText(cards[0]));
      expect(text).toMatch(/^RUB 5 – /);
      expect(text).toMatch(reason);
      expect(text).toContain('1:1-chatt med Nära');
    };

    it('an unknown user gets the aggregate and why', async () => {
      const { sent } = await say('vilka RUB5-patienter saknar fast läkare på Gripen?', {
        aadObjectId: '99999999-0000-4000-8000-000000000000',
      });
      expectAggregateOnly(sent, /Jag hittar dig inte i katalogen som chef på Gripens hälsocentral/);
    });

    it('a manager of another unit gets the aggregate', async () => {
      const { sent } = await say('vilka RUB5-patienter saknar fast läkare på Gripen?', {
        aadObjectId: managerOf('hc-kristineberg').aadObjectId,
      });
      expectAggregateOnly(sent, /Enligt katalogen är du inte chef på Gripens hälsocentral/);
    });

    it('staff without a manager role at that very unit get the aggregate', async () => {
      const nurse = (
        await get<{ items: Person[] }>(`${h.app.directoryUrl}/v1/people?unitId=hc-gripen`)
      ).items.find((p) => p.aadObjectId && p.roles.length === 0);
      const { sent } = await say(LIST_QUESTION, { aadObjectId: nurse?.aadObjectId });
      expectAggregateOnly(sent, /Din roll i katalogen ger inte tillgång/);
    });

    it('a manager whose "min HC" is set to another unit does not get that unit\'s list', async () => {
      const gripen = managerOf('hc-gripen');
      const set = await say('min HC är Kristineberg', { aadObjectId: gripen.aadObjectId });
      expect(cardText(cardsOf(set.sent)[0])).toContain('Kristinebergs hälsocentral');
      const { sent } = await say(LIST_QUESTION, { aadObjectId: gripen.aadObjectId });
      expectAggregateOnly(sent, /Enligt katalogen är du inte chef på Kristinebergs hälsocentral/);
      await say('min HC är Gripen', { aadObjectId: gripen.aadObjectId });
    });

    it.each(['channel', 'groupChat'] as const)(
      'the same manager in a %s gets the aggregate only',
      async (scope) => {
        const { sent } = await say(LIST_QUESTION, {
          aadObjectId: managerOf('hc-gripen').aadObjectId,
          scope,
        });
        expectAggregateOnly(sent, /Patientlistor visas inte här/);
      },
    );

    it('a page button replayed in a channel shows no rows either', async () => {
      const { sent } = await say(undefined, {
        aadObjectId: managerOf('hc-gripen').aadObjectId,
        scope: 'channel',
        value: {
          action: 'patientPage',
          unitId: 'hc-gripen',
          level: 5,
          withoutFastLakarkontakt: true,
          period: '2023-03',
          page: 1,
        },
      });
      expectAggregateOnly(sent, /Patientlistor visas inte här/);
    });
  });

  it('has exactly one audit record per list shown, and no ref or message text in the application log', async () => {
    const records = await readAuditLog(h.app.db);
    // Shown so far: page 1 (first test), page 1 and page 2 (second test).
    expect(records.map((r) => r.page)).toEqual([0, 0, 1]);
    const logged = logLines.join('');
    expect(logged.match(REF)).toBeNull();
    expect(logged).not.toContain('saknar fast läkare');
    expect(logged).toContain('"event":"patientAccess"');
  });

  it('shows no list when the audit log cannot be written, and says so', async () => {
    // The database refuses the audit row (a full disk, a lost connection): no row, no list.
    await h.app.db.exec(`
      CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full'; END $$;
      CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log
        FOR EACH ROW EXECUTE FUNCTION refuse_audit();`);
    try {
      const { sent } = await h.post(
        messageActivity({
          serviceUrl: h.connector.url,
          text: LIST_QUESTION,
          aadObjectId: managerOf('hc-gripen').aadObjectId,
        }),
      );
      expect(refsIn(sent)).toEqual([]);
      const text = cardText(cardsOf(sent)[0]);
      expect(text).toContain('Listan kunde inte visas');
      expect(text).toContain('kunde inte logga visningen');
    } finally {
      await h.app.db.exec('DROP TRIGGER refuse_audit ON audit_log; DROP FUNCTION refuse_audit()');
    }
  });
});
