// The directory at scale (issue 11): 500 000 synthetic people in the reference database, on
// embedded PGlite and, when TEST_DATABASE_URL names one, on a PostgreSQL server. Measures the
// directory's search over HTTP for a mix of queries, and the bot's lexicon at that size: its build,
// its refresh as the bot does it (every person over HTTP, parsed, built), and its heap.
// Run alone: npx tsx bench/run.ts directory   (DIRECTORY_BENCH_PEOPLE=50000 for a smaller one;
// NODE_OPTIONS=--expose-gc for heap figures without garbage).
import pino from 'pino';
import { DirectoryClient, type PeopleQuery } from '../src/clients/directoryClient';
import type { Person } from '../src/clients/directorySchemas';
import type { Database } from '../src/state/database';
import { openDatabase } from '../src/state/openDatabase';
import { openPglite } from '../src/state/pgliteDatabase';
import { buildLexicon, type Lexicon } from '../src/understanding/lexicon';
import { LexiconSource } from '../src/understanding/lexiconSource';
import { loadDirectory } from '../dev/reference-api/directoryData';
import { ensureReferenceData, insertPeople } from '../dev/reference-api/referenceData';
import { createReferenceApi, type ReferenceApi } from '../dev/reference-api/server';
import { fixtureDirectory } from '../tests/understanding/fixtureDirectory';
import { templateBlob } from '../tests/support/pgliteTemplate';
import { freshDatabase, TEST_DATABASE_URL } from '../tests/support/postgres';
import { percentile, round } from './stats';
import { generatedDirectory } from './understanding';

const PEOPLE = Number(process.env.DIRECTORY_BENCH_PEOPLE ?? 500_000);
const API_KEY = 'bench-directory-key';
/** The bot's default LEXICON_TIMEOUT_MS (src/config.ts): what a lexicon refresh gets in production. */
const BOT_TIMEOUT_MS = 60_000;
const ROUNDS = 25;
const CHUNK = 20_000;

/** What users type, by kind; `first` is the name a user expects on top (undefined: any fits). */
type Probe = { kind: string; query: string; first?: string };

function probes(people: { id: string; name: string }[]): Probe[] {
  const someone = people[Math.floor(people.length * 0.73)];
  return [
    { kind: 'exact name', query: someone.name, first: someone.name },
    { kind: 'exact name (real person)', query: 'Helene Svensson', first: 'Helene Svensson' },
    { kind: 'misspelt name', query: 'Mathias Carlsson', first: 'Mathias Karlsson' },
    { kind: 'first name only', query: 'Mattias' },
    { kind: 'title + place', query: 'sjuksköterska Kalmar' },
    { kind: 'title (inflected) + place', query: 'distriktssköterskor Borgholm' },
    { kind: 'unaccented', query: 'Ake Akesson', first: 'Åke Åkesson' },
  ];
}

/**
 * The generated people are synthetic, as they must be, and the bot never takes a synthetic person
 * as a contact (DirectoryClient.people leaves them out). Here they stand in for a real directory
 * of that size, so this client counts them; everything else is the bot's own code path.
 */
class StandInDirectoryClient extends DirectoryClient {
  override people(query: PeopleQuery = {}): Promise<Person[]> {
    return this.identities(query);
  }

  override peoplePages(pageSize: number): AsyncGenerator<Person[]> {
    return this.identityPages(pageSize);
  }
}

/** The longest the event loop was held while work ran: what a turn arriving then would wait. */
async function longestHold<T>(work: () => Promise<T>): Promise<{ value: T; holdMs: number }> {
  let last = performance.now();
  let holdMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    holdMs = Math.max(holdMs, now - last);
    last = now;
  }, 1);
  try {
    return { value: await work(), holdMs };
  } finally {
    clearInterval(tick);
  }
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const heapMb = (): number => {
  gc();
  return round(process.memoryUsage().heapUsed / 2 ** 20, 1);
};
const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

type Target = { name: string; db: Database; close: () => Promise<void> };

async function pgliteTarget(): Promise<Target> {
  const db = await openPglite({ template: templateBlob() });
  return { name: 'PGlite', db, close: () => db.close() };
}

async function postgresTarget(): Promise<Target> {
  const fresh = await freshDatabase();
  const db = await openDatabase({ DATABASE_URL: fresh.url, DATABASE_POOL_SIZE: 4, DATA_DIR: '' });
  return {
    name: 'PostgreSQL',
    db,
    close: async () => {
      await db.close();
      await fresh.drop();
    },
  };
}

/** Loads the generated people (synthetic: true) with the search indexes built afterwards. */
async function loadPeople(db: Database): Promise<Record<string, number>> {
  const generated = generatedDirectory(PEOPLE).people.filter((p) => p.id.startsWith('gen-'));
  // The reference units win over the fixture's namesakes; the fixture's others stay.
  const units = [...fixtureDirectory.units, ...loadDirectory().units];
  const start = process.hrtime.bigint();
  // Bulk load without the GIN indexes of the search, then build them.
  await db.exec(
    'DROP INDEX reference.people_name_trgm, reference.people_fts, reference.people_name_words',
  );
  const [{ n: from }] = await db.query<{ n: number }>(
    'SELECT count(*)::integer AS n FROM reference.people',
  );
  for (let i = 0; i < generated.length; i += CHUNK) {
    await db.transaction((tx) => insertPeople(tx, generated.slice(i, i + CHUNK), units, from + i));
  }
  const loaded = msSince(start);
  // The schema file's CREATE INDEX IF NOT EXISTS builds them again (the data is current).
  await ensureReferenceData(db);
  await db.exec('ANALYZE reference.people');
  return {
    'load s': round(loaded / 1000, 1),
    'index s': round((msSince(start) - loaded) / 1000, 1),
  };
}

async function get(api: ReferenceApi, query: string): Promise<{ names: string[]; ms: number }> {
  const start = process.hrtime.bigint();
  const res = await fetch(`${api.url}/directory/v1/people?query=${encodeURIComponent(query)}`, {
    headers: { authorization: `Bearer ${API_KEY}` },
  });
  const body = (await res.json()) as { items?: { name: string }[] };
  const ms = msSince(start);
  if (res.status !== 200 || !body.items)
    throw new Error(`bench: "${query}" answered ${res.status}`);
  return { names: body.items.map((p) => p.name), ms };
}

/**
 * A role question with no place, as the bot asks it (roleOrTitle, the first 101 in the directory's
 * order: contactSkill.ts reads a long list only as far as shown), for a rare role and one that a
 * tenth of the generated people have; beside it, the same list read whole (as before paging).
 */
async function timeRoleQuestions(api: ReferenceApi): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const ask = async (query: string): Promise<{ count: number; ms: number }> => {
    const start = process.hrtime.bigint();
    const res = await fetch(`${api.url}/directory/v1/people?${query}`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    const count = ((await res.json()) as { items: unknown[] }).items.length;
    return { count, ms: msSince(start) };
  };
  const p50 = (times: number[]) =>
    round(
      percentile(
        times.sort((a, b) => a - b),
        50,
      ),
      1,
    );
  for (const role of ['regiondirektör', 'kurator']) {
    const filter = `roleOrTitle=${encodeURIComponent(role)}`;
    const asked: number[] = [];
    const whole: number[] = [];
    let count = 0;
    for (let i = 0; i < 6; i++) {
      const first = await ask(`${filter}&pageSize=101`);
      const all = await ask(filter);
      count = all.count;
      if (i > 0) asked.push(first.ms); // the first round is the warm-up
      if (i > 0) whole.push(all.ms);
    }
    out[`role question "${role}": people with it`] = count;
    out[`role question "${role}": p50 ms (first 101, as the bot asks)`] = p50(asked);
    out[`role question "${role}": p50 ms (read whole)`] = p50(whole);
  }
  return out;
}

/** Each probe ROUNDS times, interleaved, after one warm-up round: p50/p99 per kind and overall. */
async function timeSearch(api: ReferenceApi, list: Probe[]): Promise<Record<string, number>> {
  const times = list.map(() => [] as number[]);
  const out: Record<string, number> = {};
  for (const p of list) {
    const { names } = await get(api, p.query);
    if (p.first !== undefined && names[0] !== p.first) {
      throw new Error(`bench: "${p.query}" put ${names[0]} first, not ${p.first}`);
    }
    out[`${p.kind}: hits`] = names.length;
  }
  for (let round_ = 0; round_ < ROUNDS; round_++) {
    for (const [i, p] of list.entries()) times[i].push((await get(api, p.query)).ms);
  }
  list.forEach((p, i) => {
    const sorted = times[i].sort((a, b) => a - b);
    out[`${p.kind} ("${p.query}"): p50 ms`] = round(percentile(sorted, 50), 1);
    out[`${p.kind}: p99 ms`] = round(percentile(sorted, 99), 1);
  });
  const all = times.flat().sort((a, b) => a - b);
  out['all queries: p50 ms'] = round(percentile(all, 50), 1);
  out['all queries: p99 ms'] = round(percentile(all, 99), 1);
  return out;
}

/** The lexicon as the bot keeps it: built from a snapshot, and refreshed over HTTP. */
async function timeLexicon(api: ReferenceApi): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const directory = (timeoutMs: number) =>
    new StandInDirectoryClient({ baseUrl: `${api.url}/directory`, apiKey: API_KEY, timeoutMs });
  const client = directory(600_000);
  const [units, people, groups] = await Promise.all([
    client.units(),
    client.people(),
    client.groups(),
  ]);
  out['lexicon: people'] = people.length;

  const before = heapMb();
  let start = process.hrtime.bigint();
  const lexicon: Lexicon = buildLexicon({ units, people, groups });
  out['lexicon: build s'] = round(msSince(start) / 1000, 2);
  out['lexicon: heap retained MB'] = round(heapMb() - before, 1);
  out['lexicon: heap with snapshot + lexicon MB'] = heapMb();
  out['lexicon: entries'] = lexicon.entries.length;

  // A refresh as LexiconSource does it (all people over HTTP, zod, build), with time to finish.
  const log = pino({ level: 'silent' });
  const source = new LexiconSource(directory(600_000), log);
  start = process.hrtime.bigint();
  const refresh = await longestHold(() => source.refresh());
  if (!refresh.value) throw new Error('bench: lexicon refresh failed');
  out['lexicon refresh over HTTP s'] = round(msSince(start) / 1000, 2);
  // Pages of people and a build in slices: the API answers and turns run in between.
  out['lexicon refresh: longest hold of the event loop ms'] = round(refresh.holdMs, 0);
  // And with the bot's default lexicon timeout: does the refresh make it at all?
  const bounded = new LexiconSource(directory(BOT_TIMEOUT_MS), log);
  start = process.hrtime.bigint();
  out[`refresh within LEXICON_TIMEOUT_MS=${BOT_TIMEOUT_MS} (1 = yes)`] = (await bounded.refresh())
    ? 1
    : 0;
  out['  … gave up or finished after s'] = round(msSince(start) / 1000, 2);
  return out;
}

async function benchOn(target: Target): Promise<Record<string, number>> {
  const api = await createReferenceApi({ apiKey: API_KEY, db: target.db, port: 0 });
  try {
    const load = await loadPeople(target.db);
    const people = generatedDirectory(PEOPLE).people;
    const search = await timeSearch(api, probes(people.filter((p) => p.id.startsWith('gen-'))));
    const roles = await timeRoleQuestions(api);
    return prefix(target.name, { ...load, ...search, ...roles });
  } finally {
    await api.close();
  }
}

const prefix = (name: string, figures: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${name}: ${k}`, v]));

export async function runDirectoryBench(): Promise<Record<string, number>> {
  const out: Record<string, number> = { people: PEOPLE };
  // PGlite: search, then the lexicon against the same API (the bot's embedded set-up).
  const lite = await pgliteTarget();
  try {
    Object.assign(out, await benchOn(lite));
    const api = await createReferenceApi({ apiKey: API_KEY, db: lite.db, port: 0 });
    try {
      Object.assign(out, await timeLexicon(api));
    } finally {
      await api.close();
    }
  } finally {
    await lite.close();
  }
  if (TEST_DATABASE_URL) {
    const pg = await postgresTarget();
    try {
      Object.assign(out, await benchOn(pg));
    } finally {
      await pg.close();
    }
  } else {
    console.warn('directory bench: PostgreSQL skipped, TEST_DATABASE_URL is not set');
  }
  return out;
}
