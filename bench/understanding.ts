// npx tsx bench/understanding.ts: how fast understand() is over the corpus, on the test fixture and
// on a generated directory of 50 000 people, and how long the lexicon takes to build.
// (NODE_OPTIONS=--expose-gc npx tsx bench/understanding.ts collects the build's garbage first.)
// Goals: understand() p99 < 1 ms; lexicon build for 50 000 people < 2 s.
import type { Person } from '../src/clients/directorySchemas';
import { buildLexicon, type DirectorySnapshot, type Lexicon } from '../src/understanding/lexicon';
import { understand } from '../src/understanding/understand';
import { loadDirectory } from '../dev/reference-api/directoryData';
import { corpus, holdout } from '../tests/understanding/corpus';
import { fixtureDirectory } from '../tests/understanding/fixtureDirectory';
import { percentile, round } from './stats';

const FIRST_NAMES = (
  'Anna Maria Eva Karin Sara Lena Kerstin Emma Ingrid Marie Malin Sofia Elin Jenny Ida Linda ' +
  'Johanna Hanna Annika Susanne Helena Camilla Julia Elisabeth Birgitta Ulla Monica Åsa Frida ' +
  'Ebba Lars Anders Johan Per Karl Erik Mikael Peter Jan Thomas Daniel Fredrik Hans Andreas ' +
  'Stefan Mats Magnus Jonas Niklas Mattias Björn Martin Oskar Henrik Göran Gustav Viktor Emil ' +
  'Sven Åke Leif Ulf Bengt Kjell Rolf Tobias Jesper Marcus Linnea Matilda Alva Wilma Saga Agnes ' +
  'Astrid Tove Klara Nils Axel Hugo Alfred Olle Arvid Ture'
).split(' ');

const LAST_NAMES = (
  'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson ' +
  'Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson ' +
  'Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson ' +
  'Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson ' +
  'Håkansson Lundin Björk Gunnarsson Bergman Holm Samuelsson Fransson Wikström Isaksson Bergqvist ' +
  'Arvidsson Nyström Holmberg Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson ' +
  'Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg ' +
  'Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk ' +
  'Martinsson Öberg Andreasson Strömberg Månsson Åkesson Hansen Jensen Blom Ek Sundström Dahl ' +
  'Lindholm Norberg Nordqvist Öhlin Ragnarsson Welander Rydh Althini Hilberth Alvinsson'
).split(' ');

const TITLES = [
  'basenhetschef',
  'verksamhetschef',
  'allmänläkare',
  'distriktssköterska',
  'sjuksköterska',
  'undersköterska',
  'samordnare',
  'analytiker',
  'kurator',
  'fysioterapeut',
];

/** A deterministic directory: the fixture's units and groups, and `count` generated people. */
export function generatedDirectory(count: number): DirectorySnapshot {
  const units = fixtureDirectory.units;
  const people: Person[] = Array.from({ length: count }, (_, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length];
    const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length];
    const middle = i % 3 === 0 ? ` ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}` : '';
    const title = TITLES[i % TITLES.length];
    return {
      id: `gen-${i}`,
      name: `${first}${middle} ${last}`,
      title,
      unitId: units[i % units.length].id,
      organisation: 'Region Kalmar län',
      phones: [],
      roles: [title],
      synthetic: true,
    };
  });
  return { ...fixtureDirectory, people: [...fixtureDirectory.people, ...people] };
}

function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

type Timing = { p50: number; p99: number; max: number; medianP99: number };

/**
 * understand() over every phrasing, `passes` times (interleaved) after warm-up passes, in ms: p50,
 * p99 and max of all calls, and the p99 over phrasings of each phrasing's median. On a shared machine
 * the raw tail is mostly other processes preempting this one; the per-phrasing median leaves that out
 * and shows what the slowest phrasings cost.
 */
function timeCorpus(lexicon: Lexicon, passes: number): Timing {
  const rows = [...corpus, ...holdout];
  // Let the garbage of building the lexicon go before timing (forced with node --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  for (let warm = 0; warm < 3; warm++) rows.forEach((r) => understand(r.text, r.locale, lexicon));
  const perRow: number[][] = rows.map(() => []);
  for (let pass = 0; pass < passes; pass++) {
    rows.forEach((r, i) => {
      const start = process.hrtime.bigint();
      understand(r.text, r.locale, lexicon);
      perRow[i].push(msSince(start));
    });
  }
  const all = perRow.flat().sort((a, b) => a - b);
  const medians = perRow
    .map((times) =>
      percentile(
        [...times].sort((a, b) => a - b),
        50,
      ),
    )
    .sort((a, b) => a - b);
  return {
    p50: round(percentile(all, 50)),
    p99: round(percentile(all, 99)),
    max: round(all[all.length - 1]),
    medianP99: round(percentile(medians, 99)),
  };
}

function timeBuild(d: DirectorySnapshot): { lexicon: Lexicon; ms: number } {
  const start = process.hrtime.bigint();
  const lexicon = buildLexicon(d);
  return { lexicon, ms: round(msSince(start), 1) };
}

export async function runUnderstandingBench(): Promise<Record<string, number>> {
  const fixture = timeBuild(fixtureDirectory);
  const small = timeCorpus(fixture.lexicon, 20);
  // The directory the bot really reads (the reference API's data).
  const real = timeBuild(loadDirectory());
  const onReal = timeCorpus(real.lexicon, 20);
  const big = timeBuild(generatedDirectory(50_000));
  const large = timeCorpus(big.lexicon, 15);
  return {
    phrasings: corpus.length + holdout.length,
    'fixture: build ms': fixture.ms,
    'fixture: understand p50 ms': small.p50,
    'fixture: understand p99 ms': small.p99,
    'fixture: understand max ms': small.max,
    'fixture: p99 of per-phrasing medians ms': small.medianP99,
    'real directory: build ms': real.ms,
    'real directory: understand p50 ms': onReal.p50,
    'real directory: understand p99 ms': onReal.p99,
    '50k people: build ms': big.ms,
    '50k people: understand p50 ms': large.p50,
    '50k people: understand p99 ms': large.p99,
    '50k people: understand max ms': large.max,
    '50k people: p99 of per-phrasing medians ms': large.medianP99,
  };
}

if (require.main === module) {
  runUnderstandingBench()
    .then((figures) => console.table(figures))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
