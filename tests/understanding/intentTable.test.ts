import type { Language, TypedIntentKind } from '../../src/understanding/intent';
import { CUES, INTENTS, helpExamples } from '../../src/understanding/intentTable';
import { buildLexicon } from '../../src/understanding/lexicon';
import { understand } from '../../src/understanding/understand';
import { fixtureDirectory } from './fixtureDirectory';

// The table is the single source of intents, skills and help examples: check it is whole and true.

const lexicon = buildLexicon(fixtureDirectory);

/**
 * Every typed IntentKind, checked by the compiler: a new kind must be added here and to the table
 * (button-only kinds, buttonIntentKinds, have no phrases).
 */
const ALL_KINDS: Record<TypedIntentKind, true> = {
  help: true,
  greeting: true,
  thanks: true,
  unknown: true,
  languageChoice: true,
  groupContacts: true,
  groupDetails: true,
  personLookup: true,
  unitLookup: true,
  roleAtUnit: true,
  peopleByRole: true,
  rubSummary: true,
  rubDistribution: true,
  rubTrend: true,
  rubCompare: true,
  patientList: true,
  unitsInArea: true,
  setMyUnit: true,
  digestSubscribe: true,
  digestList: true,
  digestPreview: true,
  digestPause: true,
  digestUnsubscribe: true,
  digestWithdraw: true,
};

describe('intent table', () => {
  it('defines every intent kind exactly once', () => {
    const kinds = INTENTS.map((d) => d.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual(Object.keys(ALL_KINDS).sort());
  });

  it.each<Language>(['sv', 'en'])(
    'has 5 to 7 help examples in %s, each understood as its intent',
    (lang) => {
      const examples = helpExamples(lang);
      expect(examples.length).toBeGreaterThanOrEqual(5);
      expect(examples.length).toBeLessThanOrEqual(7);
      for (const def of INTENTS.filter((d) => d.help)) {
        const intent = understand(def.help?.[lang] ?? '', undefined, lexicon);
        expect({ text: def.help?.[lang], kind: intent.kind, language: intent.language }).toEqual({
          text: def.help?.[lang],
          kind: def.kind,
          language: lang,
        });
      }
    },
  );

  it('understands every example phrasing in the table as its intent', () => {
    const wrong = INTENTS.flatMap((def) =>
      (['sv', 'en'] as const).flatMap((lang) =>
        def.examples[lang]
          .map((text) => ({
            text,
            want: `${def.kind}/${lang}`,
            intent: understand(text, undefined, lexicon),
          }))
          .filter(({ intent, want }) => `${intent.kind}/${intent.language}` !== want)
          .map(({ text, want, intent }) => ({
            text,
            want,
            got: `${intent.kind}/${intent.language}`,
          })),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('has cue patterns that compile and never match empty text', () => {
    for (const [id, def] of Object.entries(CUES)) {
      const regex = new RegExp(`^(?:${def.patterns.join('|')})$`);
      expect({ id, matchesEmpty: regex.test('') }).toEqual({ id, matchesEmpty: false });
    }
  });
});
