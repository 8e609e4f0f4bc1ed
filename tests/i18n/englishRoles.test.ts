import { ENGLISH_ROLES, en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';
import { ROLE_SYNONYMS } from '../../src/understanding/lexicon';

// Every role the bot understands has a name in English cards, so no English heading says
// "Analytiker in …"; a role the directory has beyond those keeps its own word.

describe('role names in English', () => {
  it('names every canonical role, and only those', () => {
    expect(Object.keys(ENGLISH_ROLES).sort()).toEqual(Object.keys(ROLE_SYNONYMS).sort());
  });

  it("is one of the role's own English synonyms, so what the card says can be asked", () => {
    for (const [role, english] of Object.entries(ENGLISH_ROLES)) {
      expect({ role, english, known: ROLE_SYNONYMS[role].includes(english) }).toEqual({
        role,
        english,
        known: true,
      });
    }
  });

  it("keeps a role it has no name for, and Swedish keeps the directory's word", () => {
    expect(en.contacts.roleName('analytiker')).toBe('analyst');
    expect(en.contacts.roleName('tandhygienist')).toBe('tandhygienist');
    expect(sv.contacts.roleName('analytiker')).toBe('analytiker');
  });
});
