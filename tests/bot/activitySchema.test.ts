import fc from 'fast-check';
import { parseActivity, parseFieldByField } from '../../src/bot/activitySchema';
import { messageActivity, type Scope } from '../e2e/teamsActivity';

// parseActivity reads a well-formed activity in one zod pass and falls back to the field-by-field
// path for anything else. The two must never disagree: a field that the one pass let through
// unchecked would reach the bot as it was sent.

type Json = Record<string, unknown>;

const activity = (scope: Scope, extra: Json = {}): Json => ({
  ...messageActivity({ serviceUrl: 'http://127.0.0.1:3978', text: 'telefon till Åke', scope }),
  ...extra,
});

/** Every field either path reads: the envelope and the content. */
const PATHS = [
  ['type'],
  ['id'],
  ['channelId'],
  ['serviceUrl'],
  ['conversation'],
  ['conversation', 'id'],
  ['from'],
  ['from', 'id'],
  ['recipient'],
  ['recipient', 'id'],
  ['text'],
  ['textFormat'],
  ['locale'],
  ['replyToId'],
  ['name'],
  ['action'],
  ['timestamp'],
  ['localTimestamp'],
  ['entities'],
  ['attachments'],
  ['membersAdded'],
  ['membersRemoved'],
  ['from', 'name'],
  ['from', 'aadObjectId'],
  ['recipient', 'name'],
  ['conversation', 'conversationType'],
  ['conversation', 'tenantId'],
  ['conversation', 'isGroup'],
  ['conversation', 'name'],
  ['channelData'],
  ['channelData', 'tenant'],
  ['channelData', 'team'],
  ['channelData', 'channel'],
  ['channelData', 'eventType'],
];

function withValue(base: Json, path: string[], value: unknown): Json {
  const copy = structuredClone(base);
  let node: Json = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  node[path[path.length - 1]] = value;
  return copy;
}

const bothWays = (body: Json) => ({
  whole: parseActivity(structuredClone(body)),
  fieldByField: parseFieldByField(structuredClone(body)),
});

describe('parseActivity in one pass', () => {
  it.each(['personal', 'channel', 'groupChat'] as const)(
    'reads a %s message as the field-by-field path does, with nothing odd',
    (scope) => {
      const { whole, fieldByField } = bothWays(activity(scope));
      expect(whole).toEqual({ ok: true, activity: expect.any(Object), odd: [] });
      expect(whole).toEqual(fieldByField);
    },
  );

  it('reads members added, attachments and a submit value as the field-by-field path does', () => {
    const body = activity('channel', {
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:nara-bot', name: 'Nära' }],
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: {} }],
      value: { action: 'contacts.page', page: 2 },
      replyToId: '1700000000000',
    });
    const { whole, fieldByField } = bothWays(body);
    expect(whole).toEqual(fieldByField);
    expect(whole.ok && whole.odd).toEqual([]);
  });

  it('names an odd field as before, and keeps the rest', () => {
    const { whole, fieldByField } = bothWays(
      withValue(activity('personal'), ['from', 'aadObjectId'], 12345),
    );
    expect(whole).toEqual(fieldByField);
    expect(whole.ok && whole.odd).toEqual(['from.aadObjectId']);
    expect(whole.ok && whole.activity.from.id).toBe('29:user-1');
  });

  it('agrees with the field-by-field path whatever value any field holds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('personal', 'channel', 'groupChat'),
        fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.jsonValue()), {
          minLength: 1,
          maxLength: 3,
        }),
        (scope, changes) => {
          const body = changes.reduce(
            (acc, [path, value]) => withValue(acc, path, value),
            activity(scope as Scope),
          );
          const { whole, fieldByField } = bothWays(body);
          expect(whole).toEqual(fieldByField);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('agrees on values that are almost right: too long, empty, a lone surrogate, null', () => {
    const almost = ['', 'x'.repeat(70), 'x'.repeat(600), 'ok\uD800', null, true, 3, [], {}];
    for (const path of PATHS) {
      for (const value of almost) {
        const { whole, fieldByField } = bothWays(withValue(activity('channel'), path, value));
        expect({ path, value, result: whole }).toEqual({ path, value, result: fieldByField });
      }
    }
  });
});

describe('the service URL', () => {
  it('is refused when it is no http(s) URL, right after a good one was read', () => {
    expect(parseActivity(activity('personal')).ok).toBe(true);
    for (const serviceUrl of ['ftp://127.0.0.1:3978', 'not a url', 'javascript:alert(1)']) {
      expect(parseActivity(activity('personal', { serviceUrl }))).toEqual({
        ok: false,
        field: 'serviceUrl',
      });
    }
    // The good one again, after the bad ones.
    expect(parseActivity(activity('personal')).ok).toBe(true);
  });
});
