import { loadDirectory } from '../../dev/reference-api/directoryData';
import {
  buildGroupSubjects,
  groupBySubject,
  subjectStems,
} from '../../src/understanding/groupSubjects';
import { normalize } from '../../src/understanding/normalize';

// Groups found by what they work on, over the reference directory's real groups and their texts.
const subjects = buildGroupSubjects(loadDirectory().groups);
const groupOf = (text: string): string | undefined =>
  groupBySubject(subjects, subjectStems(normalize(text).text))?.id;

describe('groupBySubject', () => {
  it.each([
    ['the alcohol and addiction work in Högsby', 'hogsby-beroende'],
    ['det om alkohol och beroende', 'hogsby-beroende'],
    ['the pilot with the home care phone line', 'karlshamnspiloten'],
    ['social prescribing and the health guide', 'hogsby-halsolots'],
    // "frail" is the directory's "sköra" ("Sköra patienter med stort vårdbehov")
    ['the project for frail patients in home health care', 'vastervik-esplanaden'],
  ])('"%s" is %s', (text, id) => {
    expect(groupOf(text)).toBe(id);
  });

  it('reads a compound the directory does not write whole as its parts ("alkoholmissbruk")', () => {
    // "alkohol" of "alkoholberoende" and "missbruk" of "minskat missbruk": one group has both
    expect(groupOf('samarbete kring alkoholmissbruk i Högsby')).toBe('hogsby-beroende');
    // a misspelt name is no compound of a name's start
    expect(groupOf('telefon kristinebergs hälsocentral')).toBeUndefined();
    // a title whose parts two groups write apart (distrikts-, -sköterska) tells no group
    expect(groupOf('distriktssköterska, fast vårdkontakt och SIP i Hultsfred')).toBe('hultsfred');
  });

  it.each([
    // One telling word is not enough: "alkohol" alone may be any question about alcohol.
    'alkohol',
    // Everyday words that happen to be in a group's description tell nothing.
    'skippa det där, vi vill inte få det mer',
    'hur många patienter har vi i Hultsfred',
    'telefon till Åke Åkesson',
  ])('"%s" points to no group', (text) => {
    expect(groupOf(text)).toBeUndefined();
  });

  it('reads English subject words as the Swedish ones the directory writes', () => {
    expect(subjectStems(normalize('alcohol addiction home care').text)).toEqual(
      expect.arrayContaining(['alkohol', 'beroende', 'hemsjukvard', 'hemtjanst']),
    );
  });
});
