import { z } from 'zod';
import { GroupSchema, PersonSchema, UnitSchema } from '../../../src/clients/directorySchemas';
import rawDirectory from '../../../dev/reference-api/data/directory.json';
import { freshCases } from './freshCorpus';
import type { FreshClass, FreshExpect, FreshKind, FreshTurn } from './freshTypes';

// Checks the fresh corpus itself, not the bot: every row must be answerable from the real
// directory and the metrics' periods, so that a miss in the score is the bot's, not the corpus'.

const units = z.array(UnitSchema).parse(rawDirectory.units);
const people = z.array(PersonSchema).parse(rawDirectory.people);
const groups = z.array(GroupSchema).parse(rawDirectory.groups);

const unitIds = new Set(units.map((u) => u.id));
const healthCentreIds = new Set(units.filter((u) => u.kind === 'halsocentral').map((u) => u.id));
const groupIds = new Set(groups.map((g) => g.id));
const realPeople = people.filter((p) => !p.synthetic);
const realPersonIds = new Set(realPeople.map((p) => p.id));
const municipalities = new Set(units.map((u) => u.municipality));
const healthCentreAreas = new Set(
  units.filter((u) => u.kind === 'halsocentral').map((u) => u.municipality),
);
/** Roles and titles of the real people, lower case: a role asked for must be one of these words. */
const roleWords = realPeople.flatMap((p) => [...p.roles, p.title]).map((r) => r.toLowerCase());

const FIRST_PERIOD = '2022-08';
const LAST_PERIOD = '2023-03';
const unresolved = new Set(['ambiguous', 'notFound']);

// Records over the union types, so a new class or kind fails to compile until it is listed here.
const classes: Record<FreshClass, true> = {
  followUp: true,
  wordFormation: true,
  ownWords: true,
  longMessage: true,
  spelling: true,
  details: true,
  language: true,
  plain: true,
};

type Field = Exclude<keyof FreshExpect, 'kind' | 'lang'>;
const fieldsOf: Record<FreshKind, readonly Field[]> = {
  help: [],
  greeting: [],
  unknown: [],
  thanks: [],
  groupContacts: ['group'],
  groupDetails: ['group', 'aspect'],
  personLookup: ['person', 'field'],
  unitLookup: ['unit'],
  roleAtUnit: ['role', 'unit'],
  peopleByRole: ['role', 'within', 'page'],
  rubSummary: ['scope', 'level', 'period', 'measure'],
  rubDistribution: ['measure', 'level', 'period'],
  rubTrend: ['measure', 'scope', 'level', 'from', 'to'],
  rubCompare: ['units', 'level', 'period', 'measure'],
  patientList: ['scope', 'level', 'without', 'page', 'period'],
  setMyUnit: ['unit'],
  unitsInArea: ['municipality', 'unitKind'],
  digestSubscribe: ['weekday', 'time', 'digestScope'],
  digestList: [],
  digestPreview: [],
  digestPause: ['resume'],
  digestUnsubscribe: [],
  digestWithdraw: [],
};
const digestKinds = new Set<FreshKind>([
  'digestSubscribe',
  'digestList',
  'digestPreview',
  'digestPause',
  'digestUnsubscribe',
  'digestWithdraw',
]);

type Row = { caseId: string; index: number; turn: FreshTurn; conversation: string };
const rows: Row[] = freshCases.flatMap((c) =>
  c.turns.map((turn, index) => ({
    caseId: c.id,
    index,
    turn,
    conversation: c.conversation ?? 'personal',
  })),
);
const where = (r: Row) => `${r.caseId} turn ${r.index + 1} ("${r.turn.text}")`;

/** The rows for which check returns a complaint, as readable lines (empty when all pass). */
function problems(check: (e: FreshExpect, r: Row) => string | undefined): string[] {
  return rows.flatMap((r) => {
    const problem = check(r.turn.expect, r);
    return problem ? [`${where(r)}: ${problem}`] : [];
  });
}

const isPeriod = (p: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(p);
const inSpan = (p: string) => isPeriod(p) && p >= FIRST_PERIOD && p <= LAST_PERIOD;

describe('fresh corpus: size and mix', () => {
  it('has at least 170 cases and 320 turns, 1 to 4 turns a case', () => {
    expect(freshCases.length).toBeGreaterThanOrEqual(170);
    expect(rows.length).toBeGreaterThanOrEqual(320);
    expect(freshCases.filter((c) => c.turns.length < 1 || c.turns.length > 4)).toEqual([]);
  });

  it('has at least 90 multi-turn cases', () => {
    expect(freshCases.filter((c) => c.turns.length >= 2).length).toBeGreaterThanOrEqual(90);
  });

  it('has unique, readable case ids', () => {
    const ids = freshCases.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('has rows in every class', () => {
    const used = new Set(freshCases.map((c) => c.class));
    expect(Object.keys(classes).filter((k) => !used.has(k as FreshClass))).toEqual([]);
  });

  it('has at least 120 follow-up turns (later turns of follow-up conversations)', () => {
    const followUps = freshCases
      .filter((c) => c.class === 'followUp')
      .reduce((n, c) => n + c.turns.length - 1, 0);
    expect(followUps).toBeGreaterThanOrEqual(120);
  });

  // The blind rounds since p24 write a representative mix, about a third English: the share of the
  // whole corpus falls towards it.
  it('says the answer language on every turn, a third to 60 % of them English', () => {
    expect(problems((e) => (e.lang ? undefined : 'no lang'))).toEqual([]);
    const english = rows.filter((r) => r.turn.expect.lang === 'en').length / rows.length;
    expect(english).toBeGreaterThanOrEqual(1 / 3);
    expect(english).toBeLessThanOrEqual(0.6);
  });

  it('has turns where the language differs from the client locale, both ways', () => {
    const localeLang = (r: Row) => (r.turn.locale ?? 'sv-SE').slice(0, 2);
    const crossed = rows.filter((r) => r.turn.expect.lang !== localeLang(r));
    expect(crossed.filter((r) => r.turn.expect.lang === 'sv').length).toBeGreaterThanOrEqual(10);
    expect(crossed.filter((r) => r.turn.expect.lang === 'en').length).toBeGreaterThanOrEqual(10);
  });

  it('writes texts and locales as a Teams client sends them', () => {
    expect(
      problems((_, r) => (r.turn.text.trim() === r.turn.text ? undefined : 'untrimmed')),
    ).toEqual([]);
    expect(problems((_, r) => (r.turn.text ? undefined : 'empty text'))).toEqual([]);
    expect(
      problems((_, r) =>
        r.turn.locale === undefined || /^[a-z]{2}-[A-Z]{2}$/.test(r.turn.locale)
          ? undefined
          : `locale ${r.turn.locale}`,
      ),
    ).toEqual([]);
  });
});

describe('fresh corpus: every expectation fits its kind and the directory', () => {
  it('writes only the fields its kind has', () => {
    expect(
      problems((e) => {
        const allowed = new Set<string>(['kind', 'lang', ...fieldsOf[e.kind]]);
        const extra = Object.keys(e).filter((k) => !allowed.has(k));
        return extra.length ? `${e.kind} with ${extra.join(', ')}` : undefined;
      }),
    ).toEqual([]);
  });

  it('names real people, never the synthetic test users', () => {
    expect(
      problems((e) =>
        e.person === undefined || realPersonIds.has(e.person) || unresolved.has(e.person)
          ? undefined
          : `person ${e.person}`,
      ),
    ).toEqual([]);
    expect(
      problems((_, r) => (/\btesta\b/i.test(r.turn.text) ? 'asks for a test user' : undefined)),
    ).toEqual([]);
  });

  it('uses no real surname where it expects notFound', () => {
    const surnames = realPeople.flatMap((p) => p.name.toLowerCase().split(' ').slice(-1));
    expect(
      problems((e, r) => {
        if (e.person !== 'notFound') return undefined;
        const text = r.turn.text.toLowerCase();
        const hit = surnames.find((s) => text.includes(s));
        return hit ? `notFound but names ${hit}` : undefined;
      }),
    ).toEqual([]);
  });

  it('uses unit ids for units, group ids for groups, either for within', () => {
    expect(
      problems((e) =>
        e.unit === undefined || unitIds.has(e.unit) || unresolved.has(e.unit)
          ? undefined
          : `unit ${e.unit}`,
      ),
    ).toEqual([]);
    expect(
      problems((e) =>
        e.group === undefined || groupIds.has(e.group) || unresolved.has(e.group)
          ? undefined
          : `group ${e.group}`,
      ),
    ).toEqual([]);
    expect(
      problems((e) =>
        e.within === undefined || unitIds.has(e.within) || groupIds.has(e.within)
          ? undefined
          : `within ${e.within}`,
      ),
    ).toEqual([]);
  });

  it('sets my unit to a health centre', () => {
    expect(
      problems((e) =>
        e.kind !== 'setMyUnit' || e.unit === undefined || healthCentreIds.has(e.unit)
          ? undefined
          : `setMyUnit ${e.unit}`,
      ),
    ).toEqual([]);
  });

  it('scopes metrics to mine, the region or a health centre; compares health centres', () => {
    expect(
      problems((e) =>
        e.scope === undefined ||
        e.scope === 'mine' ||
        e.scope === 'region' ||
        healthCentreIds.has(e.scope)
          ? undefined
          : `scope ${e.scope}`,
      ),
    ).toEqual([]);
    expect(
      problems((e) => {
        if (e.units === undefined) return undefined;
        if (e.units.length < 2) return 'fewer than two units';
        if (new Set(e.units).size !== e.units.length) return 'a unit twice';
        const bad = e.units.filter((u) => u !== 'mine' && !healthCentreIds.has(u));
        return bad.length ? `units ${bad.join(', ')}` : undefined;
      }),
    ).toEqual([]);
  });

  it('asks for roles the directory has, written as it writes them', () => {
    expect(
      problems(({ role }) =>
        role === undefined || roleWords.some((w) => w.includes(role)) ? undefined : `role ${role}`,
      ),
    ).toEqual([]);
  });

  it('keeps periods within 2022-08 … 2023-03, from before to', () => {
    expect(
      problems((e) => {
        const bad = [e.period, e.from, e.to].filter((p) => p !== undefined && !inSpan(p));
        if (bad.length) return `period ${bad.join(', ')}`;
        return e.from && e.to && e.from >= e.to
          ? `from ${e.from} not before to ${e.to}`
          : undefined;
      }),
    ).toEqual([]);
  });

  it('uses RUB levels 0–5 and pages from 0', () => {
    expect(
      problems((e) =>
        e.level === undefined || (Number.isInteger(e.level) && e.level >= 0 && e.level <= 5)
          ? undefined
          : `level ${e.level}`,
      ),
    ).toEqual([]);
    expect(
      problems((e) =>
        e.page === undefined || (Number.isInteger(e.page) && e.page >= 0)
          ? undefined
          : `page ${e.page}`,
      ),
    ).toEqual([]);
  });

  it('names municipalities the directory has', () => {
    expect(
      problems((e) =>
        e.municipality === undefined || municipalities.has(e.municipality)
          ? undefined
          : `municipality ${e.municipality}`,
      ),
    ).toEqual([]);
  });

  it('writes digest details the settings card accepts', () => {
    expect(
      problems((e) =>
        e.weekday === undefined || (Number.isInteger(e.weekday) && e.weekday >= 1 && e.weekday <= 7)
          ? undefined
          : `weekday ${e.weekday}`,
      ),
    ).toEqual([]);
    expect(
      problems((e) =>
        e.time === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(e.time)
          ? undefined
          : `time ${e.time}`,
      ),
    ).toEqual([]);
    expect(
      problems((e) => {
        const scope = e.digestScope;
        if (scope === undefined || scope === 'region') return undefined;
        if (scope.startsWith('area:')) {
          return healthCentreAreas.has(scope.slice('area:'.length)) ? undefined : `area ${scope}`;
        }
        if (scope.startsWith('units:')) {
          const ids = scope.slice('units:'.length).split(',');
          const bad = ids.filter((id) => !healthCentreIds.has(id));
          return ids.length && !bad.length ? undefined : `digest units ${bad.join(', ')}`;
        }
        return `digestScope ${scope}`;
      }),
    ).toEqual([]);
  });

  it('asks for digests in channels only, where they are posted', () => {
    expect(
      problems((e, r) =>
        digestKinds.has(e.kind) && r.conversation !== 'channel'
          ? `${e.kind} outside a channel`
          : undefined,
      ),
    ).toEqual([]);
  });
});
