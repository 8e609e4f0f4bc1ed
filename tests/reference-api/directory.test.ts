import {
  GroupListSchema,
  GroupSchema,
  PersonListSchema,
  PersonSchema,
  UnitListSchema,
  UnitSchema,
  type Group,
  type Person,
  type Unit,
} from '../../src/clients/directorySchemas';
import { normalizeText, parseDirectory } from '../../dev/reference-api/directoryData';
import rawDirectory from '../../dev/reference-api/data/directory.json';
import { startTestApi, type TestApi } from './client';
import { buildLexicon } from '../../src/understanding/lexicon';
import { hasRole } from '../../src/skills/contacts/contactSkill';

const SEEDS = {
  S000: '000_0881cab0a196e37f.txt',
  S001: '001_96727eda885e409f.txt',
  S002: '002_d8e4671db829cce3.txt',
  S003: '003_8a1148341c909794.txt',
  S004: '004_fd24870d0508c42a.txt',
};

// DOMAIN.md B4, rows marked V (verified).
const HEALTH_CENTRE_IDS = [
  'hc-ankarsrum',
  'hc-berga',
  'hc-bla-kusten',
  'hc-borgholm',
  'hc-emmaboda',
  'hc-esplanaden',
  'hc-farjestaden',
  'hc-gamleby',
  'hc-gripen',
  'hc-hogsby',
  'hc-hultsfred',
  'hc-kristineberg',
  'hc-kvarnholmen',
  'hc-lottorp',
  'hc-monsteras',
  'hc-morbylanga',
  'hc-morlunda',
  'hc-norrliden',
  'hc-nybro',
  'hc-overum',
  'hc-stenso',
  'hc-stora-tradgardsgatan',
  'hc-vimmerby',
];

let t: TestApi;
let units: Unit[];
let people: Person[];
let groups: Group[];

beforeAll(async () => {
  t = await startTestApi();
  units = UnitListSchema.parse((await t.get('/directory/v1/units')).body).items;
  people = PersonListSchema.parse((await t.get('/directory/v1/people')).body).items;
  groups = GroupListSchema.parse((await t.get('/directory/v1/groups')).body).items;
});
afterAll(async () => {
  await t.api.close();
});

const ids = (items: { id: string }[]): string[] => items.map((i) => i.id).sort();
const person = (id: string): Person => {
  const p = people.find((x) => x.id === id);
  if (!p) throw new Error(`no person ${id}`);
  return p;
};

async function unitsFor(query: string): Promise<string[]> {
  const r = await t.get(`/directory/v1/units?${query}`);
  expect(r.status).toBe(200);
  return ids(UnitListSchema.parse(r.body).items);
}
async function peopleFor(query: string): Promise<Person[]> {
  const r = await t.get(`/directory/v1/people?${query}`);
  expect(r.status).toBe(200);
  return PersonListSchema.parse(r.body).items;
}
async function groupsFor(query: string): Promise<string[]> {
  const r = await t.get(`/directory/v1/groups?${query}`);
  expect(r.status).toBe(200);
  return ids(GroupListSchema.parse(r.body).items);
}

describe('directory data', () => {
  it('serves every item of directory.json, all valid against the client schemas', () => {
    const dir = parseDirectory(rawDirectory);
    expect(units).toEqual(dir.units);
    expect(people).toEqual(dir.people);
    expect(groups).toEqual(dir.groups);
    expect(units.length).toBe(43);
    expect(groups.length).toBe(9);
  });

  it('rejects an inconsistent directory loudly', () => {
    const dir = parseDirectory(rawDirectory);
    const broken = { ...dir, people: [{ ...dir.people[0], unitId: 'hc-nowhere' }] };
    expect(() => parseDirectory(broken)).toThrow('unknown unitId hc-nowhere');
    expect(() => parseDirectory({ ...dir, units: [{ id: 'x' }] })).toThrow('schemas');
  });

  it('has exactly the verified health centres, in Region Kalmar län', () => {
    const hcs = units.filter((u) => u.kind === 'halsocentral');
    expect(ids(hcs)).toEqual(HEALTH_CENTRE_IDS);
    for (const u of hcs) expect(u.organisation).toBe('Region Kalmar län');
  });

  it('invents no contact details for units: only Stensö has a (verified) address', () => {
    expect(units.filter((u) => u.phone !== undefined || u.email !== undefined)).toEqual([]);
    expect(units.filter((u) => u.address !== undefined).map((u) => [u.id, u.address])).toEqual([
      ['hc-stenso', 'Lasarettsvägen 1, Kalmar'],
    ]);
  });

  it('stores Swedish text as written', async () => {
    const r = await t.get('/directory/v1/units/hc-bla-kusten');
    expect(r.text).toContain('"name":"Blå Kustens hälsocentral"');
    expect(r.text).toContain('"municipality":"Oskarshamn"');
  });

  it('uses URL-safe ids', () => {
    for (const item of [...units, ...people, ...groups]) expect(item.id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('people from the seed documents', () => {
  const expected: [string, string, string, string | undefined, string, string[]][] = [
    [
      'helene-svensson',
      'Helene Svensson',
      'basenhetschef',
      'hc-kristineberg',
      SEEDS.S000,
      ['basenhetschef'],
    ],
    ['anna-dahl', 'Anna Dahl', 'basenhetschef', 'hc-bla-kusten', SEEDS.S000, ['basenhetschef']],
    ['susanna-althini', 'Susanna Althini', 'allmänläkare', 'hc-hogsby', SEEDS.S000, []],
    [
      'marie-ragnarsson',
      'Marie Ragnarsson',
      'samordnare nära vård',
      'samordning-nara-vard',
      SEEDS.S001,
      ['samordnare'],
    ],
    ['mathias-karlsson', 'Mathias Karlsson', 'analytiker', 'samordning-nara-vard', SEEDS.S001, []],
    [
      'maria-svensson',
      'Maria Svensson',
      'utvecklingsledare',
      'samordning-nara-vard',
      SEEDS.S001,
      [],
    ],
    ['julia-strom', 'Julia Ström', 'verksamhetsutvecklare', 'samordning-nara-vard', SEEDS.S001, []],
    ['emma-rydh', 'Emma Rydh', 'kommunikatör', 'samordning-nara-vard', SEEDS.S001, []],
    [
      'maria-alvinsson-hilberth',
      'Maria Alvinsson Hilberth',
      'Samordnare planeringsenheten, Regiondirektörens stab',
      'planeringsenheten',
      SEEDS.S002,
      ['samordnare'],
    ],
    [
      'ake-akesson',
      'Åke Åkesson',
      'Verksamhetschef Borgholm och Löttorp hälsocentral',
      'hc-borgholm',
      SEEDS.S002,
      ['verksamhetschef'],
    ],
  ];

  it.each(expected)(
    '%s is in the directory as the source names them',
    async (id, name, title, unitId, source, roles) => {
      const r = await t.get(`/directory/v1/people/${id}`);
      expect(r.status).toBe(200);
      const p = PersonSchema.parse(r.body);
      expect(p).toMatchObject({ name, title, unitId, source, roles, synthetic: false });
      expect(p.organisation).toBe('Region Kalmar län');
      expect(p.asOf).toBeTruthy();
    },
  );

  it('has the only phone numbers the documents give, exactly as written', () => {
    expect(person('maria-alvinsson-hilberth').phones).toEqual([
      { kind: 'direkt', number: '0480-840 29' },
      { kind: 'mobil', number: '070-644 92 28' },
    ]);
    expect(person('ake-akesson').phones).toEqual([{ kind: 'direkt', number: '0485-151 44' }]);
    const realWithPhones = people
      .filter((p) => !p.synthetic && p.phones.length > 0)
      .map((p) => p.id);
    expect(realWithPhones.sort()).toEqual(['ake-akesson', 'maria-alvinsson-hilberth']);
  });

  it('marks the Landstinget-era contacts with an as-of note', () => {
    expect(person('ake-akesson').asOf).toMatch(/Landstinget/);
    expect(person('maria-alvinsson-hilberth').asOf).toMatch(/Landstinget/);
    expect(person('marie-ragnarsson').asOf).toBe('2022-10-07');
  });

  it('gives real people no invented identity', () => {
    for (const p of people.filter((x) => !x.synthetic)) {
      expect(p.aadObjectId).toBeUndefined();
      expect(p.email).toBeUndefined();
      expect(p.upn).toBeUndefined();
      expect(Object.values(SEEDS)).toContain(p.source);
    }
  });

  it.each([
    'Jimmy Loord',
    'Karin Helmersson',
    'Jonatan Westin',
    'Karin Lagerström',
    'Ragnhild Holmberg',
  ])('leaves out %s (politician, journalist, photographer or mention only)', async (name) => {
    expect(await peopleFor(`query=${encodeURIComponent(name)}`)).toEqual([]);
    const surname = name.split(' ')[1];
    expect(people.filter((p) => normalizeText(p.name).includes(normalizeText(surname)))).toEqual(
      [],
    );
  });

  it('labels the Karlshamnspiloten people as Region Blekinge / Karlshamns kommun', () => {
    const blekinge = people.filter((p) => p.source === SEEDS.S003);
    expect(ids(blekinge)).toEqual([
      'johanna-nilsson',
      'kjell-ivarsson',
      'lina-ohlin',
      'matti-pajaujis',
      'rebecca-welander',
      'torill-skaar-magnusson',
    ]);
    for (const p of blekinge) {
      expect(['Region Blekinge', 'Karlshamns kommun']).toContain(p.organisation);
      expect(p.roles).toEqual([]);
      const unit = units.find((u) => u.id === p.unitId);
      expect(unit?.organisation).toBe(p.organisation);
    }
    expect(person('lina-ohlin')).toMatchObject({
      title: 'mottagningschef',
      organisation: 'Region Blekinge',
    });
    expect(person('rebecca-welander').title).toBe('verksamhetschef för Myndighet och resurs');
  });

  it('never offers a Blekinge person as a contact of a Kalmar group', () => {
    const blekingeIds = new Set(
      people.filter((p) => p.organisation !== 'Region Kalmar län').map((p) => p.id),
    );
    for (const g of groups.filter((x) => x.id !== 'karlshamnspiloten')) {
      expect(g.contactPersonIds.filter((id) => blekingeIds.has(id))).toEqual([]);
    }
  });
});

describe('synthetic test users', () => {
  const synthetic = (): Person[] => people.filter((p) => p.synthetic);

  it('has a synthetic basenhetschef at every health centre', async () => {
    for (const unitId of HEALTH_CENTRE_IDS) {
      const found = await peopleFor(`unitId=${unitId}&role=basenhetschef`);
      expect(found.filter((p) => p.synthetic).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('has verksamhetschefer, samordnare and staff without roles', () => {
    const withRole = (role: string): string[] =>
      ids(synthetic().filter((p) => p.roles.includes(role)));
    expect(withRole('verksamhetschef')).toEqual([
      'test-vc-esplanaden',
      'test-vc-gripen',
      'test-vc-stenso',
    ]);
    expect(withRole('samordnare')).toEqual([
      'test-samordnare-1',
      'test-samordnare-2',
      'test-samordnare-3',
    ]);
    for (const p of synthetic().filter((x) => x.roles.includes('samordnare'))) {
      expect(p).toMatchObject({
        unitId: 'samordning-nara-vard',
        title: 'samordnare nära vård (testanvändare)',
      });
    }
    expect(ids(synthetic().filter((p) => p.roles.length === 0))).toEqual([
      'test-lak-hogsby',
      'test-ssk-gripen',
      'test-usk-esplanaden',
    ]);
    expect(synthetic()).toHaveLength(HEALTH_CENTRE_IDS.length + 9);
  });

  it('gives each a unique UUID-shaped aadObjectId, a test name and a nara.example address', () => {
    const aad = synthetic().map((p) => p.aadObjectId);
    expect(new Set(aad).size).toBe(aad.length);
    for (const p of synthetic()) {
      expect(p.aadObjectId).toMatch(/^00000000-0000-4000-8000-\d{12}$/);
      expect(p.name).toMatch(/^Testa /);
      expect(p.upn).toMatch(/^test\.[a-z0-9.-]+@nara\.example$/);
      expect(p.email).toBe(p.upn);
      expect(p.title).toContain('(testanvändare)');
      expect(p.organisation).toBe('Region Kalmar län');
    }
  });

  it('uses only phone numbers from the range PTS reserves for fiction', () => {
    const numbers = synthetic().flatMap((p) => p.phones.map((ph) => ph.number));
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) {
      const digits = n.replace(/\D/g, '');
      expect(digits).toMatch(/^07017406\d\d$/);
      expect(Number(digits.slice(-3))).toBeGreaterThanOrEqual(605);
      expect(Number(digits.slice(-3))).toBeLessThanOrEqual(699);
    }
  });

  it('finds a user by aadObjectId (case-insensitive)', async () => {
    const found = await peopleFor('aadObjectId=00000000-0000-4000-8000-000000000109');
    expect(found.map((p) => p.id)).toEqual(['test-bec-gripen']);
    expect(found[0]).toMatchObject({
      name: 'Testa Gripenchef',
      unitId: 'hc-gripen',
      roles: ['basenhetschef'],
    });
    expect(await peopleFor('aadObjectId=00000000-0000-4000-8000-999999999999')).toEqual([]);
  });
});

describe('GET /directory/v1/units', () => {
  it('matches name and aliases, case- and accent-tolerant', async () => {
    expect(await unitsFor('query=bla%20kusten')).toEqual(['hc-bla-kusten']);
    expect(await unitsFor('query=GRIPEN%20HC')).toEqual(['hc-gripen']);
    expect(await unitsFor('query=Gripens')).toEqual(['hc-gripen']);
    expect(await unitsFor('query=kristineberg')).toEqual(['hc-kristineberg']);
    expect(await unitsFor('query=monsteras')).toEqual(['hc-monsteras']);
    expect(await unitsFor(`query=${encodeURIComponent('Borgholm och Löttorp')}`)).toEqual([
      'hc-borgholm',
    ]);
    expect(await unitsFor('query=lottorp')).toEqual(['hc-borgholm', 'hc-lottorp']);
    expect(await unitsFor('query=Bj%C3%B6rken')).toEqual(['hc-emmaboda']);
    expect(await unitsFor('query=stora%20tradgardsgatan')).toEqual(['hc-stora-tradgardsgatan']);
    expect(await unitsFor('query=zzz')).toEqual([]);
  });

  it('filters by kind and municipality, alone and combined', async () => {
    expect(await unitsFor('kind=sjukhus')).toEqual([
      'blekingesjukhuset-karlshamn-avd9',
      'sjukhus-kalmar',
      'sjukhus-oskarshamn',
      'sjukhus-vastervik',
    ]);
    expect(await unitsFor('kind=halsocentral&municipality=Oskarshamn')).toEqual([
      'hc-bla-kusten',
      'hc-gripen',
      'hc-kristineberg',
    ]);
    expect(await unitsFor('kind=halsocentral&municipality=vastervik')).toEqual([
      'hc-ankarsrum',
      'hc-esplanaden',
      'hc-gamleby',
      'hc-overum',
      'hc-stora-tradgardsgatan',
    ]);
    expect(await unitsFor('kind=kommun&municipality=Karlshamn')).toEqual(['karlshamns-kommun']);
    expect(await unitsFor('kind=psykiatri')).toEqual(['psyk-vimmerby', 'psykiatrin']);
    expect(await unitsFor('kind=halsocentral&query=hultsfred')).toEqual(['hc-hultsfred']);
    expect(await unitsFor('query=&kind=&municipality=')).toHaveLength(units.length);
  });

  it('has the municipalities that take part, with their own organisation', async () => {
    const kommuner = UnitListSchema.parse(
      (await t.get('/directory/v1/units?kind=kommun')).body,
    ).items;
    expect(kommuner.map((u) => [u.id, u.organisation]).sort()).toEqual([
      ['borgholms-kommun', 'Borgholms kommun'],
      ['hogsby-kommun', 'Högsby kommun'],
      ['hultsfreds-kommun', 'Hultsfreds kommun'],
      ['karlshamns-kommun', 'Karlshamns kommun'],
      ['oskarshamns-kommun', 'Oskarshamns kommun'],
      ['vasterviks-kommun', 'Västerviks kommun'],
    ]);
  });

  it('answers 400 for an unknown kind or a repeated parameter', async () => {
    for (const q of ['kind=xyz', 'kind=sjukhus&kind=kommun', 'query[a]=b']) {
      const r = await t.get(`/directory/v1/units?${q}`);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ error: 'bad_request', message: expect.any(String) });
    }
  });

  it('GET /units/{id} answers the unit, or 404', async () => {
    const ok = await t.get('/directory/v1/units/hc-stenso');
    expect(UnitSchema.parse(ok.body)).toMatchObject({
      name: 'Stensö hälsocentral',
      municipality: 'Kalmar',
    });
    const missing = await t.get('/directory/v1/units/hc-nowhere');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'not_found', message: 'no unit with id "hc-nowhere"' });
  });
});

describe('GET /directory/v1/people', () => {
  it('matches names accent-tolerantly and filters by unit and role', async () => {
    expect((await peopleFor('query=ake%20akesson')).map((p) => p.id)).toEqual(['ake-akesson']);
    expect((await peopleFor('query=svensson')).map((p) => p.id).sort()).toEqual([
      'helene-svensson',
      'maria-svensson',
    ]);
    expect((await peopleFor('query=julia%20strom')).map((p) => p.id)).toEqual(['julia-strom']);
    const kristineberg = await peopleFor('unitId=hc-kristineberg&role=basenhetschef');
    expect(ids(kristineberg)).toEqual(['helene-svensson', 'test-bec-kristineberg']);
    const coordination = await peopleFor('unitId=samordning-nara-vard');
    expect(coordination).toHaveLength(8);
    expect(await peopleFor('role=ingen-sadan-roll')).toEqual([]);
  });

  it('lists in pages: every person once, in order, until a page without next', async () => {
    const paged: Person[] = [];
    let cursor = '';
    let pages = 0;
    do {
      const reply = await t.get(`/directory/v1/people?pageSize=7${cursor && `&cursor=${cursor}`}`);
      expect(reply.status).toBe(200);
      const page = PersonListSchema.parse(reply.body);
      expect(page.items.length).toBeLessThanOrEqual(7);
      paged.push(...page.items);
      cursor = page.next ?? '';
      pages++;
    } while (cursor && pages < 1000);
    expect(paged.map((p) => p.id)).toEqual(people.map((p) => p.id));
    expect(pages).toBe(Math.ceil(people.length / 7));
    // A filter holds across pages too.
    const chiefs = await t.get('/directory/v1/people?pageSize=2&role=basenhetschef');
    const first = PersonListSchema.parse(chiefs.body);
    expect(first.items.every((p) => p.roles.includes('basenhetschef'))).toBe(true);
    expect(first.next).toBeDefined();
  });

  it('roleOrTitle finds whom the bot counts as having the role: by role or by title', async () => {
    // Every role the bot knows, against the bot's own rule (contactSkill.hasRole).
    const roles = new Set(buildLexicon(parseDirectory(rawDirectory)).roles.canonical.values());
    expect(roles.size).toBeGreaterThan(10);
    for (const role of roles) {
      const found = await peopleFor(`roleOrTitle=${encodeURIComponent(role)}`);
      expect([role, ids(found)]).toEqual([role, ids(people.filter((p) => hasRole(p, role)))]);
    }
    // A title alone names it: Mathias Karlsson's roles do not say analytiker.
    expect(ids(await peopleFor('roleOrTitle=analytiker'))).toContain('mathias-karlsson');
    expect(ids(await peopleFor('role=analytiker'))).not.toContain('mathias-karlsson');
    // LIKE's own characters are taken literally.
    expect(await peopleFor('roleOrTitle=%25')).toEqual([]);
  });

  it('answers 400 for a page size out of range or a cursor that is no position', async () => {
    for (const query of ['pageSize=0', 'pageSize=10001', 'pageSize=5&cursor=abc']) {
      expect([query, (await t.get(`/directory/v1/people?${query}`)).status]).toEqual([query, 400]);
    }
  });

  it('answers 400 for an unknown unitId and 404 for an unknown person', async () => {
    const bad = await t.get('/directory/v1/people?unitId=hc-nowhere');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'bad_request' });
    const missing = await t.get('/directory/v1/people/jimmy-loord');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: 'not_found' });
  });
});

describe('GET /directory/v1/groups', () => {
  it('names the contacts the sources name, and no others', () => {
    const contacts = Object.fromEntries(groups.map((g) => [g.id, g.contactPersonIds]));
    expect(contacts).toEqual({
      'oskarshamn-cluster': ['helene-svensson', 'anna-dahl'],
      oskarsmodellen: [],
      hultsfred: [],
      'vastervik-esplanaden': [],
      'hogsby-beroende': ['susanna-althini'],
      'hogsby-halsolots': [],
      'hemsjukhuset-borgholm': ['ake-akesson'],
      karlshamnspiloten: [
        'torill-skaar-magnusson',
        'kjell-ivarsson',
        'rebecca-welander',
        'matti-pajaujis',
        'lina-ohlin',
        'johanna-nilsson',
      ],
      'samordnande-arbetsgrupp': [
        'marie-ragnarsson',
        'mathias-karlsson',
        'maria-svensson',
        'julia-strom',
        'emma-rydh',
      ],
    });
  });

  it('finds groups by name and alias', async () => {
    expect(await groupsFor('query=Oskarsgruppen')).toEqual(['oskarshamn-cluster']);
    expect(await groupsFor('query=oskarshamnsklustret')).toEqual(['oskarshamn-cluster']);
    expect(await groupsFor('query=hemsjukhuset')).toEqual(['hemsjukhuset-borgholm']);
    expect(await groupsFor('query=karlshamnspiloten')).toEqual(['karlshamnspiloten']);
    expect(await groupsFor('query=coordination%20group')).toEqual(['samordnande-arbetsgrupp']);
    expect(await groupsFor('query=halsolots')).toEqual(['hogsby-halsolots']);
    expect(await groupsFor('query=Oskarshamn')).toEqual(['oskarshamn-cluster', 'oskarsmodellen']);
  });

  it('copies focus and target groups in Swedish from the source', async () => {
    const r = await t.get('/directory/v1/groups/oskarshamn-cluster');
    const g = GroupSchema.parse(r.body);
    expect(g).toMatchObject({
      name: 'Oskarshamnsklustret – Blå Kusten, Gripen och Kristineberg',
      kind: 'projekt',
      area: 'Oskarshamn',
      source: SEEDS.S000,
      focus: [
        'Trygga patienter',
        'Stärkt samverkan mellan de tre hälsocentralerna',
        'Stärkt samverkan mellan medarbetare och samarbetspartners (över verksamhetsgränser)',
      ],
      targetGroups: ['Mångbesökare', 'Komplexa patienter (somatik, äldre/yngre, psykiatrin)'],
    });
    expect(g.participants.filter((p) => p.unitId?.startsWith('hc-')).map((p) => p.unitId)).toEqual([
      'hc-bla-kusten',
      'hc-gripen',
      'hc-kristineberg',
    ]);
    const k = GroupSchema.parse((await t.get('/directory/v1/groups/karlshamnspiloten')).body);
    expect(k).toMatchObject({
      organisation: 'Region Blekinge',
      area: 'Karlshamn',
      source: SEEDS.S003,
    });
    const c = GroupSchema.parse((await t.get('/directory/v1/groups/samordnande-arbetsgrupp')).body);
    expect(c.kind).toBe('arbetsgrupp');
  });

  it('resolves every contact and participant unit', async () => {
    for (const g of groups) {
      for (const id of g.contactPersonIds) {
        expect((await t.get(`/directory/v1/people/${id}`)).status).toBe(200);
      }
      for (const part of g.participants) {
        if (part.unitId) expect(units.map((u) => u.id)).toContain(part.unitId);
      }
    }
  });

  it('answers 404 for an unknown group', async () => {
    const r = await t.get('/directory/v1/groups/oskarsgruppen');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: 'not_found', message: 'no group with id "oskarsgruppen"' });
  });
});
