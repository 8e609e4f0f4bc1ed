import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Group, Person, Unit } from '../../src/clients/directorySchemas';
import type { Patient, PatientPage, RubSummary } from '../../src/clients/metricsSchemas';
import type { Database, Queryable } from '../../src/state/database';
import {
  loadDirectory,
  normalizeText,
  type Directory,
  type PersonFilter,
  type UnitFilter,
} from './directoryData';
import {
  containing,
  containsPatterns,
  DEFAULT_SEARCH_LIMIT,
  namedTarget,
  peopleTarget,
  searchDocs,
} from './directorySearch';
import {
  createMetricsModel,
  PERIODS,
  RUB_LEVELS,
  type MetricsModel,
  type PatientQuery,
} from './metricsPopulation';

// The reference data in the database (schema "reference", referenceSchema.sql): loaded from
// directory.json and the seeded generator at first start, and again whenever they change, under an
// advisory lock so that several instances starting together load it once. The reference API
// answers from here. Only RUB 0–4 patient rows (tens of thousands per unit, never stored) are
// generated on request, by the same deterministic generator.

/** Bump when the generator's output changes: the data is then loaded again. */
const GENERATOR_VERSION = 1;
const SCHEMA_FILE = path.join(__dirname, 'referenceSchema.sql');
const CHUNK = 2_000;

/** What the loaded data must match: the directory file and the generator's version. */
export function referenceDataVersion(dir: Directory = loadDirectory()): string {
  return createHash('sha256')
    .update(JSON.stringify(dir))
    .update(readFileSync(SCHEMA_FILE, 'utf8'))
    .update(`generator:${GENERATOR_VERSION}:${PERIODS.join(',')}`)
    .digest('hex');
}

/** The metrics must cover exactly the directory's health centres; anything else is a data bug. */
function checkSameHealthCentres(dir: Directory, metrics: MetricsModel): void {
  const inDirectory = dir.units.filter((u) => u.kind === 'halsocentral').map((u) => u.id);
  const missing = inDirectory.filter((id) => !metrics.healthCentreIds.includes(id));
  const extra = metrics.healthCentreIds.filter((id) => !inDirectory.includes(id));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `metrics and directory disagree on health centres: missing ${missing.join(', ') || '-'}; ` +
        `unknown ${extra.join(', ') || '-'}`,
    );
  }
}

async function insertChunks(
  tx: Queryable,
  rows: readonly Record<string, unknown>[],
  sql: string,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.query(sql, [JSON.stringify(rows.slice(i, i + CHUNK))]);
  }
}

/** The reference tables (the schema file creates them again when its shape changes). */
const DATA_TABLES = `reference.units, reference.people, reference.groups, reference.rub_summaries,
  reference.rub5_patients, reference.name_words`;

/** What a unit is called and where it is: its people's "about" in the full-text search. */
const unitAbout = (u: Unit): string[] => [u.name, ...u.aliases, u.municipality];

/**
 * Inserts people (after the units they belong to are known): the loader's way in, and the
 * benchmark's for a generated directory. `from` is their first position.
 */
export async function insertPeople(
  tx: Queryable,
  people: readonly Person[],
  units: readonly Unit[],
  from = 0,
): Promise<void> {
  const byId = new Map(units.map((u) => [u.id, u]));
  await insertChunks(
    tx,
    people.map((p, i) => {
      const unit = p.unitId === undefined ? undefined : byId.get(p.unitId);
      return {
        id: p.id,
        position: from + i,
        unit_id: p.unitId ?? null,
        aad_object_id: p.aadObjectId?.toLowerCase() ?? null,
        roles_key: p.roles.map(normalizeText),
        name: p.name,
        about: [p.title, ...p.roles, ...(unit ? unitAbout(unit) : [])].join(' \n '),
        doc: p,
      };
    }),
    `INSERT INTO reference.people (id, position, unit_id, aad_object_id, roles_key, name, about, doc)
     SELECT * FROM jsonb_to_recordset($1::jsonb)
       AS x(id text, position integer, unit_id text, aad_object_id text, roles_key text[],
            name text, about text, doc jsonb)`,
  );
}

/** The version of the data the reference schema holds, if it holds any. */
async function currentVersion(tx: Queryable): Promise<string | undefined> {
  const [meta] = await tx.query<{ present: boolean }>(
    `SELECT to_regclass('reference.meta') IS NOT NULL AS present`,
  );
  if (!meta.present) return undefined;
  const [row] = await tx.query<{ value: string }>(
    `SELECT value FROM reference.meta WHERE key = 'version'`,
  );
  return row?.value;
}

/**
 * Makes sure the reference schema holds this build's data. Returns true when it was (re)loaded.
 * `model` may be given to reuse a generated population.
 */
export async function ensureReferenceData(db: Database, model?: MetricsModel): Promise<boolean> {
  const dir = loadDirectory();
  const version = referenceDataVersion(dir);
  const schema = readFileSync(SCHEMA_FILE, 'utf8');
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('nara.reference'))`);
    // The version is read before the schema file runs: a file of a newer shape (an index on a new
    // column) cannot run over tables of an older one.
    if ((await currentVersion(tx)) === version) {
      await tx.exec(schema); // the same shape: builds any index that was dropped (the bench's load)
      return false;
    }

    const metrics = model ?? createMetricsModel();
    checkSameHealthCentres(dir, metrics);
    // Created again from the schema file: its shape may have changed (it is part of the version).
    await tx.exec(`DROP TABLE IF EXISTS ${DATA_TABLES}`);
    await tx.exec(schema);

    await insertChunks(
      tx,
      dir.units.map((u, position) => ({
        id: u.id,
        position,
        kind: u.kind,
        municipality_key: normalizeText(u.municipality),
        search: [u.name, ...u.aliases],
        names: [u.name, ...u.aliases].join(' \n '),
        doc: u,
      })),
      `INSERT INTO reference.units (id, position, kind, municipality_key, search, names, doc)
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS x(id text, position integer, kind text, municipality_key text, search text[],
              names text, doc jsonb)`,
    );
    await insertPeople(tx, dir.people, dir.units);
    await insertChunks(
      tx,
      dir.groups.map((g, position) => ({
        id: g.id,
        position,
        search: [g.name, ...g.aliases],
        names: [g.name, ...g.aliases].join(' \n '),
        doc: g,
      })),
      `INSERT INTO reference.groups (id, position, search, names, doc)
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS x(id text, position integer, search text[], names text, doc jsonb)`,
    );

    const summaries: Record<string, unknown>[] = [];
    const patients: Record<string, unknown>[] = [];
    for (const period of PERIODS) {
      for (const level of RUB_LEVELS) {
        summaries.push({
          level,
          period,
          unit_id: '',
          position: -1,
          doc: metrics.summary(level, period, null),
        });
        metrics
          .byUnit(level, period)
          .forEach((doc, position) =>
            summaries.push({ level, period, unit_id: doc.unitId, position, doc }),
          );
      }
      for (const unitId of metrics.healthCentreIds) {
        const all = metrics.patients({ unitId, level: 5, period, offset: 0, limit: 1e9 });
        all.items.forEach((doc, position) =>
          patients.push({
            period,
            unit_id: unitId,
            position,
            without_flk: !doc.fastLakarkontakt,
            doc,
          }),
        );
      }
    }
    await insertChunks(
      tx,
      summaries,
      `INSERT INTO reference.rub_summaries SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS x(level smallint, period text, unit_id text, position integer, doc jsonb)`,
    );
    await insertChunks(
      tx,
      patients,
      `INSERT INTO reference.rub5_patients SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS x(period text, unit_id text, position integer, without_flk boolean, doc jsonb)`,
    );
    await tx.query(
      `INSERT INTO reference.meta (key, value) VALUES ('version', $1)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [version],
    );
    return true;
  });
}

type Doc<T> = { doc: T };
type PagedRow = Doc<Person> & { position: number };
/** A filtered page below this many matches is found by the filter's indexes (see peoplePage). */
const FEW = 1_000;
const docs = <T>(rows: Doc<T>[]): T[] => rows.map((r) => r.doc);

/** A search, or a plain listing when the query has no words. */
const isSearch = (query: string | undefined): query is string =>
  query !== undefined && containsPatterns(query).length > 0;

/** The filters of a people listing or search, as SQL over reference.people t ($1…$5). */
function personWhere(filter: PersonFilter): { where: string; params: (string | null)[] } {
  const roleOrTitle = filter.roleOrTitle === undefined ? null : normalizeText(filter.roleOrTitle);
  return {
    where: `($1::text IS NULL OR t.unit_id = $1)
      AND ($2::text IS NULL OR $2 = ANY (t.roles_key))
      AND ($3::text IS NULL OR t.aad_object_id = $3)
      AND ($4::text IS NULL OR t.roles_key @> ARRAY[$4::text] OR t.title_key LIKE $5)`,
    params: [
      filter.unitId ?? null,
      filter.role === undefined ? null : normalizeText(filter.role),
      filter.aadObjectId?.toLowerCase() ?? null,
      roleOrTitle,
      roleOrTitle === null ? null : containing(roleOrTitle),
    ],
  };
}

/** The reference directory, read from the database. */
export class ReferenceDirectory {
  constructor(private readonly db: Database) {}

  async units(filter: UnitFilter, limit = DEFAULT_SEARCH_LIMIT): Promise<Unit[]> {
    const where = `($1::text IS NULL OR t.kind = $1) AND ($2::text IS NULL OR t.municipality_key = $2)`;
    const params = [
      filter.kind ?? null,
      filter.municipality === undefined ? null : normalizeText(filter.municipality),
    ];
    if (isSearch(filter.query)) {
      return searchDocs(this.db, namedTarget('units'), {
        query: filter.query,
        filter: where,
        filterParams: params,
        limit,
      });
    }
    return docs(
      await this.db.query<Doc<Unit>>(
        `SELECT doc FROM reference.units t WHERE ${where} ORDER BY position`,
        params,
      ),
    );
  }

  async unit(id: string): Promise<Unit | undefined> {
    return docs(
      await this.db.query<Doc<Unit>>('SELECT doc FROM reference.units WHERE id = $1', [id]),
    )[0];
  }

  async people(filter: PersonFilter, limit = DEFAULT_SEARCH_LIMIT): Promise<Person[]> {
    const { where, params } = personWhere(filter);
    if (isSearch(filter.query)) {
      return searchDocs(this.db, peopleTarget, {
        query: filter.query,
        filter: where,
        filterParams: params,
        limit,
      });
    }
    return docs(
      await this.db.query<Doc<Person>>(
        `SELECT doc FROM reference.people t WHERE ${where} ORDER BY position`,
        params,
      ),
    );
  }

  /**
   * A listing in pages: at most size people after the cursor (a position, as the previous page's
   * `next` gave it), and the cursor of the next page when there is one.
   */
  async peoplePage(
    filter: PersonFilter,
    size: number,
    cursor: number | undefined,
  ): Promise<{ items: Person[]; next?: string }> {
    const { where, params } = personWhere(filter);
    const after = `($${params.length + 1}::integer IS NULL OR t.position > $${params.length + 1})`;
    const { unitId, role, roleOrTitle, aadObjectId } = filter;
    const filtered = [unitId, role, roleOrTitle, aadObjectId].some((v) => v !== undefined);
    // Unfiltered, or a filter that many people match: walk the position index, filtering as it
    // goes (a tenth of 500 000 people are kuratorer: 5 ms). A filter that few match would make
    // that walk read the whole table (one regiondirektör: 560 ms), and the planner cannot tell the
    // two apart (it guesses a rare role as common). So: first look for at most FEW matches through
    // the filter's own indexes, stopping there; fewer than FEW are sorted and served as they are.
    const few = filtered ? await this.fewMatches(where, after, [...params, cursor ?? null]) : [];
    const rows =
      filtered && few.length < FEW
        ? await this.db.query<PagedRow>(
            'SELECT doc, position FROM reference.people WHERE position = ANY ($1) ORDER BY position',
            [few.slice(0, size + 1)],
          )
        : await this.db.query<PagedRow>(
            `SELECT doc, position FROM reference.people t WHERE ${where} AND ${after}
             ORDER BY position LIMIT $${params.length + 2}`,
            [...params, cursor ?? null, size + 1],
          );
    const page = rows.slice(0, size);
    const more = rows.length > size;
    return { items: docs(page), ...(more ? { next: String(page[page.length - 1].position) } : {}) };
  }

  /** The positions of up to FEW people of a filter, in order, found by its indexes alone. */
  private fewMatches(where: string, after: string, params: unknown[]): Promise<number[]> {
    return this.db.transaction(async (tx) => {
      // A bitmap scan over the filter's indexes: it stops after FEW rows, whatever the estimate.
      await tx.exec('SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off');
      const found = await tx.query<{ position: number }>(
        `SELECT position FROM reference.people t WHERE ${where} AND ${after} LIMIT ${FEW}`,
        params,
      );
      return found.map((r) => r.position).sort((a, b) => a - b);
    });
  }

  async person(id: string): Promise<Person | undefined> {
    return docs(
      await this.db.query<Doc<Person>>('SELECT doc FROM reference.people WHERE id = $1', [id]),
    )[0];
  }

  async groups(query: string | undefined, limit = DEFAULT_SEARCH_LIMIT): Promise<Group[]> {
    if (isSearch(query)) {
      return searchDocs(this.db, namedTarget('groups'), {
        query,
        filter: 'true',
        filterParams: [],
        limit,
      });
    }
    return docs(
      await this.db.query<Doc<Group>>(`SELECT doc FROM reference.groups ORDER BY position`),
    );
  }

  async group(id: string): Promise<Group | undefined> {
    return docs(
      await this.db.query<Doc<Group>>('SELECT doc FROM reference.groups WHERE id = $1', [id]),
    )[0];
  }

  async healthCentreIds(): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      `SELECT id FROM reference.units WHERE kind = 'halsocentral' ORDER BY position`,
    );
    return rows.map((r) => r.id);
  }
}

/** The reference metrics, read from the database (lower-band rows from the generator). */
export class ReferenceMetrics {
  private lowerBands?: MetricsModel;

  constructor(private readonly db: Queryable) {}

  async summary(level: number, period: string, unitId: string | null): Promise<RubSummary> {
    const [row] = await this.db.query<Doc<RubSummary>>(
      'SELECT doc FROM reference.rub_summaries WHERE level = $1 AND period = $2 AND unit_id = $3',
      [level, period, unitId ?? ''],
    );
    if (!row) throw new RangeError('no such summary');
    return row.doc;
  }

  async byUnit(level: number, period: string): Promise<RubSummary[]> {
    return docs(
      await this.db.query<Doc<RubSummary>>(
        `SELECT doc FROM reference.rub_summaries
         WHERE level = $1 AND period = $2 AND unit_id <> '' ORDER BY position`,
        [level, period],
      ),
    );
  }

  async patients(query: PatientQuery): Promise<PatientPage> {
    if (query.level !== 5) {
      // Generated once, on the first request for a lower band (about a third of a second).
      this.lowerBands ??= createMetricsModel();
      return this.lowerBands.patients(query);
    }
    const filter = query.withoutFastLakarkontakt ?? null;
    const [count] = await this.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM reference.rub5_patients
       WHERE period = $1 AND unit_id = $2 AND ($3::boolean IS NULL OR without_flk = $3)`,
      [query.period, query.unitId, filter],
    );
    const rows = await this.db.query<Doc<Patient>>(
      `SELECT doc FROM reference.rub5_patients
       WHERE period = $1 AND unit_id = $2 AND ($3::boolean IS NULL OR without_flk = $3)
       ORDER BY position OFFSET $4 LIMIT $5`,
      [query.period, query.unitId, filter, query.offset, query.limit],
    );
    return { total: count?.n ?? 0, items: docs(rows) };
  }
}
