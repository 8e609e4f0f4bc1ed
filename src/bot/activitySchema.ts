import { z } from 'zod';

// Incoming activities, parsed at the edge before botbuilder sees them (STYLE.md point 4).
// Two kinds of field:
// - the envelope, without which no answer can be addressed (type, ids, serviceUrl, conversation,
//   from, recipient): wrong or missing → the request is refused with 400;
// - the content the bot reads (text, locale, entities, channelData parts, …): a wrong type is
//   removed and the turn is marked unreadable, so a real Teams turn with an odd field still gets a
//   friendly "I could not read that message" card, never silence.
// Every string must be well-formed UTF-16 (no lone surrogates) and bounded.

/** Bound for ids; Teams' longest (personal conversation ids) are ~150 characters. */
export const MAX_ID = 256;
/** Bound for message text; Teams caps a message at about 28 KB. */
export const MAX_TEXT = 30_000;

const wellFormed = (s: string): boolean => s.isWellFormed();
const str = (max: number) => z.string().max(max).refine(wellFormed, 'not well-formed');
const id = str(MAX_ID).min(1);

const Account = z.looseObject({ id });
/** The last service URL that parsed: Teams sends the same one on every turn of a region. */
let lastHttpUrl: string | undefined;
const isHttpUrl = (s: string): boolean => {
  if (s === lastHttpUrl) return true;
  try {
    const url = new URL(s);
    const ok = url.protocol === 'https:' || url.protocol === 'http:';
    if (ok) lastHttpUrl = s;
    return ok;
  } catch {
    return false;
  }
};
const ServiceUrl = str(2048).refine(isHttpUrl, 'not an http(s) URL');

export const ActivityEnvelopeSchema = z.looseObject({
  type: str(64).min(1),
  id: id.optional(),
  channelId: str(64).min(1),
  serviceUrl: ServiceUrl,
  conversation: z.looseObject({ id }),
  from: Account,
  recipient: Account,
});
export type ActivityEnvelope = z.infer<typeof ActivityEnvelopeSchema>;

const Named = z.looseObject({ id: id.optional(), name: str(512).optional() });

/** Optional content: path → schema. A value that fails its schema is removed and reported. */
const CONTENT: [path: string[], schema: z.ZodType][] = [
  [['text'], str(MAX_TEXT)],
  [['textFormat'], str(32)],
  [['locale'], str(35)],
  [['replyToId'], id],
  [['name'], str(256)],
  [['action'], str(64)],
  [['timestamp'], str(64)],
  [['localTimestamp'], str(64)],
  [['entities'], z.array(z.looseObject({ type: str(64) })).max(64)],
  [['attachments'], z.array(z.looseObject({ contentType: str(256) })).max(32)],
  [['membersAdded'], z.array(Account).max(1000)],
  [['membersRemoved'], z.array(Account).max(1000)],
  [['from', 'name'], str(512)],
  [['from', 'aadObjectId'], str(64)],
  [['recipient', 'name'], str(512)],
  [['conversation', 'conversationType'], str(32)],
  [['conversation', 'tenantId'], str(64)],
  [['conversation', 'isGroup'], z.boolean()],
  [['conversation', 'name'], str(512)],
  [['channelData'], z.looseObject({})],
  [['channelData', 'tenant'], z.looseObject({ id: str(64) })],
  [['channelData', 'team'], Named],
  [['channelData', 'channel'], Named],
  [['channelData', 'eventType'], str(64)],
];

export type ParsedActivity =
  { ok: true; activity: ActivityEnvelope; odd: string[] } | { ok: false; field: string };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type Shape = Record<string, z.ZodType>;

/**
 * The envelope and every content field in one schema, each content field optional: one zod pass
 * for what nearly every request is, a well-formed activity. Built from CONTENT, so the two agree.
 */
function wholeActivitySchema(): z.ZodType {
  const envelope: Shape = ActivityEnvelopeSchema.shape;
  const top: Shape = { ...envelope };
  const children = new Map<string, Shape>();
  for (const [path, schema] of CONTENT) {
    const [parent, key, ...deeper] = path;
    if (deeper.length > 0) throw new Error(`activitySchema: ${path.join('.')} is too deep`);
    if (key === undefined) top[parent] = schema.optional();
    else children.set(parent, { ...children.get(parent), [key]: schema.optional() });
  }
  for (const [parent, shape] of children) {
    const own = envelope[parent] ?? CONTENT.find(([p]) => p.length === 1 && p[0] === parent)?.[1];
    const object = z.looseObject({ ...(own instanceof z.ZodObject ? own.shape : {}), ...shape });
    top[parent] = parent in envelope ? object : object.optional();
  }
  return z.looseObject(top);
}
const WholeActivitySchema = wholeActivitySchema();

/** Parses a request body: the envelope must hold; odd content fields are removed and named. */
export function parseActivity(body: unknown): ParsedActivity {
  const whole = WholeActivitySchema.safeParse(body);
  // Every field read well: the envelope's fields are among them, checked by the same schemas.
  if (whole.success) return { ok: true, activity: whole.data as ActivityEnvelope, odd: [] };
  return parseFieldByField(body);
}

/** The slow path: the envelope must hold; each content field is checked and removed alone. */
export function parseFieldByField(body: unknown): ParsedActivity {
  const envelope = ActivityEnvelopeSchema.safeParse(body);
  if (!envelope.success) {
    return { ok: false, field: envelope.error.issues[0]?.path.join('.') || 'body' };
  }
  const activity = envelope.data;
  const odd: string[] = [];
  for (const [path, schema] of CONTENT) {
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), activity);
    const key = path[path.length - 1];
    if (!isObject(parent) || !(key in parent)) continue;
    const value = parent[key];
    // null is how some clients say "absent": drop it quietly.
    if (value === null || value === undefined) {
      delete parent[key];
      continue;
    }
    if (!schema.safeParse(value).success) {
      delete parent[key];
      odd.push(path.join('.'));
    }
  }
  return { ok: true, activity, odd };
}
