import type { Group, Person, Unit } from '../../src/clients/directorySchemas';
import type { DirectorySnapshot } from '../../src/understanding/lexicon';

// A small fixed directory for the understanding tests: the people, units and groups named in the
// seed documents (DOMAIN.md part A), plus a few synthetic people (marked synthetic) so that first
// names are shared the way they are in a real directory.

const REGION = 'Region Kalmar län';

function hc(id: string, name: string, municipality: string, aliases: string[] = []): Unit {
  return { id, name, kind: 'halsocentral', organisation: REGION, municipality, aliases };
}

export const fixtureUnits: Unit[] = [
  hc('hc-kristineberg', 'Kristinebergs hälsocentral', 'Oskarshamn', ['Kristineberg HC']),
  hc('hc-bla-kusten', 'Blå Kustens hälsocentral', 'Oskarshamn', ['Blå Kusten HC']),
  hc('hc-gripen', 'Gripens hälsocentral', 'Oskarshamn', ['Gripen HC']),
  hc('hc-borgholm', 'Borgholms hälsocentral', 'Borgholm', ['Borgholm HC']),
  hc('hc-lottorp', 'Löttorps hälsocentral', 'Borgholm'),
  hc('hc-hogsby', 'Högsby hälsocentral', 'Högsby'),
  hc('hc-hultsfred', 'Hultsfreds hälsocentral', 'Hultsfred'),
  hc('hc-morlunda', 'Mörlunda hälsocentral', 'Hultsfred'),
  hc('hc-esplanaden', 'Esplanadens hälsocentral', 'Västervik', ['Esplanaden']),
  hc('hc-stora-tradgardsgatan', 'Stora Trädgårdsgatans hälsocentral', 'Västervik'),
  hc('hc-gamleby', 'Gamleby hälsocentral', 'Västervik'),
  hc('hc-overum', 'Överums hälsocentral', 'Västervik'),
  hc('hc-ankarsrum', 'Ankarsrums hälsocentral', 'Västervik'),
  hc('hc-vimmerby', 'Vimmerby hälsocentral', 'Vimmerby'),
  hc('hc-monsteras', 'Mönsterås hälsocentral', 'Mönsterås'),
  hc('hc-nybro', 'Nybro hälsocentral', 'Nybro'),
  hc('hc-emmaboda', 'Emmaboda hälsocentral', 'Emmaboda', ['Björken']),
  hc('hc-farjestaden', 'Färjestadens hälsocentral', 'Mörbylånga'),
  hc('hc-morbylanga', 'Mörbylånga hälsocentral', 'Mörbylånga'),
  hc('hc-berga', 'Berga hälsocentral', 'Kalmar'),
  hc('hc-kvarnholmen', 'Kvarnholmens hälsocentral', 'Kalmar', ['Kalmar centrum']),
  hc('hc-stenso', 'Stensö hälsocentral', 'Kalmar'),
  hc('hc-norrliden', 'Norrlidens hälsocentral', 'Kalmar'),
  {
    id: 'sjukhus-oskarshamn',
    name: 'Oskarshamns sjukhus',
    kind: 'sjukhus',
    organisation: REGION,
    municipality: 'Oskarshamn',
    aliases: ['Sjukhuset i Oskarshamn'],
  },
  {
    id: 'sjukhus-vastervik',
    name: 'Västerviks sjukhus',
    kind: 'sjukhus',
    organisation: REGION,
    municipality: 'Västervik',
    aliases: ['Sjukhuset i Västervik'],
  },
  {
    id: 'oskarshamns-kommun',
    name: 'Oskarshamns kommun',
    kind: 'kommun',
    organisation: 'Oskarshamns kommun',
    municipality: 'Oskarshamn',
    aliases: [],
  },
];

function person(id: string, name: string, title: string, extra: Partial<Person> = {}): Person {
  return {
    id,
    name,
    title,
    organisation: REGION,
    phones: [],
    roles: [],
    synthetic: false,
    ...extra,
  };
}

export const fixturePeople: Person[] = [
  person('helene-svensson', 'Helene Svensson', 'basenhetschef', {
    unitId: 'hc-kristineberg',
    roles: ['basenhetschef'],
  }),
  person('anna-dahl', 'Anna Dahl', 'basenhetschef', {
    unitId: 'hc-bla-kusten',
    roles: ['basenhetschef'],
  }),
  person('susanna-althini', 'Susanna Althini', 'allmänläkare', { unitId: 'hc-hogsby' }),
  person('marie-ragnarsson', 'Marie Ragnarsson', 'samordnare nära vård', { roles: ['samordnare'] }),
  person('maria-svensson', 'Maria Svensson', 'utvecklingsledare'),
  person('mathias-karlsson', 'Mathias Karlsson', 'analytiker'),
  person('julia-strom', 'Julia Ström', 'verksamhetsutvecklare'),
  person('emma-rydh', 'Emma Rydh', 'kommunikatör'),
  person(
    'maria-alvinsson-hilberth',
    'Maria Alvinsson Hilberth',
    'Samordnare planeringsenheten, Regiondirektörens stab',
    {
      roles: ['samordnare'],
      phones: [
        { kind: 'direkt', number: '0480-840 29' },
        { kind: 'mobil', number: '070-644 92 28' },
      ],
    },
  ),
  person('ake-akesson', 'Åke Åkesson', 'Verksamhetschef Borgholm och Löttorp hälsocentral', {
    unitId: 'hc-borgholm',
    roles: ['verksamhetschef'],
    phones: [{ kind: 'direkt', number: '0485-151 44' }],
  }),
  person('lina-ohlin', 'Lina Öhlin', 'mottagningschef', { organisation: 'Region Blekinge' }),
  person('johanna-nilsson', 'Johanna Nilsson', 'kvalitetsundersköterska', {
    organisation: 'Karlshamns kommun',
  }),
  person('rebecca-welander', 'Rebecca Welander', 'verksamhetschef för Myndighet och resurs', {
    organisation: 'Karlshamns kommun',
  }),
  // Synthetic: so that "Anna" is shared, and Gripen has a manager.
  person('anna-testsson', 'Anna Testsson', 'sjuksköterska', {
    unitId: 'hc-gripen',
    synthetic: true,
  }),
  person('lars-exempelsson', 'Lars Exempelsson', 'basenhetschef', {
    unitId: 'hc-gripen',
    roles: ['basenhetschef'],
    synthetic: true,
    email: 'lars.exempelsson@nara.example',
  }),
  person('karin-provsson', 'Karin Provsson', 'distriktssköterska', {
    unitId: 'hc-hultsfred',
    synthetic: true,
  }),
];

function group(id: string, name: string, aliases: string[], extra: Partial<Group> = {}): Group {
  return {
    id,
    name,
    aliases,
    kind: 'projekt',
    area: '',
    focus: [],
    targetGroups: [],
    participants: [],
    contactPersonIds: [],
    ...extra,
  };
}

export const fixtureGroups: Group[] = [
  group('oskarshamn-cluster', 'Oskarshamnsklustret', ['Oskarsgruppen'], {
    area: 'Oskarshamn',
    contactPersonIds: ['helene-svensson', 'anna-dahl'],
  }),
  group('oskarsmodellen', 'Oskarsmodellen i Oskarshamn', [], { area: 'Oskarshamn' }),
  group('hultsfred-cluster', 'Hultsfreds hälsocentral cluster project', ['Hultsfredsklustret'], {
    area: 'Hultsfred',
  }),
  group('vastervik-esplanaden', 'Västervik Esplanaden', [], { area: 'Västervik' }),
  group('hogsby-beroende', 'Högsby – samverkan vid beroendeproblem', [], {
    area: 'Högsby',
    contactPersonIds: ['susanna-althini'],
  }),
  group('hogsby-halsolots', 'Högsby – hälsolots', ['Hälsolotsen'], { area: 'Högsby' }),
  group('hemsjukhuset-borgholm', 'Hemsjukhuset Borgholm', ['Hemsjukhuset'], {
    area: 'Borgholm',
    contactPersonIds: ['ake-akesson'],
  }),
  group('karlshamnspiloten', 'Karlshamnspiloten', [], {
    area: 'Karlshamn',
    organisation: 'Region Blekinge',
  }),
  group(
    'samordnande-arbetsgrupp',
    'Samordnande arbetsgruppen nära vård',
    ['samordnande arbetsgrupp', 'coordination group'],
    {
      kind: 'arbetsgrupp',
      area: 'Kalmar län',
      contactPersonIds: [
        'marie-ragnarsson',
        'maria-svensson',
        'mathias-karlsson',
        'julia-strom',
        'emma-rydh',
      ],
    },
  ),
];

export const fixtureDirectory: DirectorySnapshot = {
  units: fixtureUnits,
  people: fixturePeople,
  groups: fixtureGroups,
};
