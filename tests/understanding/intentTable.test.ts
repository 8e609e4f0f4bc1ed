import type { IntentKind, Language } from '../../src/understanding/intent';
import {
  CUES,
  INTENTS,
  helpExamples,
  skillIdFor,
  type SkillId,
} from '../../src/understanding/intentTable';
import { buildLexicon } from '../../src/understanding/lexicon';
import { understand } from '../../src/understanding/understand';
import { fixtureDirectory } from './fixtureDirectory';

// The table is the single source of intents, skills and help examples: check it is whole and true.

const lexicon = buildLexicon(fixtureDirectory);

/** Every IntentKind, checked by the compiler: a new kind must be added here and to the table. */
const ALL_KINDS: Record<IntentKind, SkillId> = {
  help: 'help',
  greeting: 'help',
  thanks: 'help',
  unknown: 'help',
  groupContacts: 'contacts',
  groupDetails: 'contacts',
  personLookup: 'contacts',
  unitLookup: 'contacts',
  roleAtUnit: 'contacts',
  peopleByRole: 'contacts',
  rubSummary: 'metrics',
  rubDistribution: 'metrics',
  rubTrend: 'metrics',
  patientList: 'patients',
  setMyUnit: 'settings',
  digestSubscribe: 'digest',
  digestList: 'digest',
  digestPreview: 'digest',
  digestPause: 'digest',
  digestUnsubscribe: 'digest',
  digestWithdraw: 'digest',
};

describe('intent table', () => {
  it('defines every intent kind exactly once, with its skill', () => {
    const kinds = INTENTS.map((d) => d.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual(Object.keys(ALL_KINDS).sort());
    for (const [kind, skill] of Object.entries(ALL_KINDS))
      expect(skillIdFor(kind as IntentKind)).toBe(skill);
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
