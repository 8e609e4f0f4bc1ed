import { conversationKindOf, isPersonalChat } from '../../src/access/conversationKind';
import { foldRole, roleMatches } from '../../src/access/roles';
import { tenantAllowed } from '../../src/access/tenants';

// The access policy's pure parts: many cases each, fast.

describe('isPersonalChat: every signal must agree', () => {
  const personal = { conversationType: 'personal', conversationId: 'a:1Xy-_9AbC' };

  it('accepts a Teams 1:1 chat with the bot', () => {
    expect(isPersonalChat(personal)).toBe(true);
    expect(conversationKindOf(personal)).toBe('personal');
  });

  it.each([
    ['no type', { conversationId: 'a:1Xy' }],
    ['"Personal"', { ...personal, conversationType: 'Personal' }],
    ['"meeting"', { ...personal, conversationType: 'meeting' }],
    ['an empty id', { ...personal, conversationId: '' }],
    ['no id', { conversationType: 'personal' }],
    ['a channel id', { ...personal, conversationId: '19:abc@thread.tacv2' }],
    ['a thread reply id', { ...personal, conversationId: 'a:1x;messageid=17' }],
    ['a group chat id', { ...personal, conversationId: '19:abc@thread.v2' }],
    ['a meeting id', { ...personal, conversationId: '19:meeting_abc@thread.v2' }],
    ['an id with spaces', { ...personal, conversationId: 'a:1 x' }],
    ['isGroup', { ...personal, isGroup: true }],
    ['a team in channelData', { ...personal, teamId: '19:t@thread.tacv2' }],
    ['a channel in channelData', { ...personal, channelId: '19:c@thread.tacv2' }],
  ])('refuses %s', (_name, signals) => {
    expect(isPersonalChat(signals)).toBe(false);
    expect(conversationKindOf(signals)).not.toBe('personal');
  });

  it('calls a conversation that names a team a channel, anything else shared a group chat', () => {
    expect(
      conversationKindOf({ conversationType: 'channel', conversationId: '19:c@thread.tacv2' }),
    ).toBe('channel');
    expect(
      conversationKindOf({ conversationType: 'personal', conversationId: 'a:1', teamId: 't' }),
    ).toBe('channel');
    expect(
      conversationKindOf({ conversationType: 'meeting', conversationId: '19:m@thread.v2' }),
    ).toBe('groupChat');
    expect(conversationKindOf({})).toBe('groupChat');
  });
});

describe('roleMatches: one rule for PATIENT_LIST_ROLES, DIGEST_ROLES and TAB_CONFIG_ROLES', () => {
  it.each([
    [['samordnare'], ['Samordnare']],
    [['Samordnare'], ['samordnare']],
    [['SAMORDNARE '], ['samordnare']],
    [['Lakare'], ['läkare']],
    [
      ['verksamhetschef', 'x'],
      ['basenhetschef', 'Verksamhetschef'],
    ],
  ])('%j matches %j', (person, wanted) => {
    expect(roleMatches(person, wanted)).toBe(true);
  });

  it.each([
    [['samordnare'], ['samordnare nära vård']],
    [['basenhetschef'], ['chef']],
    [['chef'], ['basenhetschef']],
    [[], ['samordnare']],
    [['samordnare'], []],
    [[''], ['']],
  ])('%j does not match %j', (person, wanted) => {
    expect(roleMatches(person, wanted)).toBe(false);
  });

  it('folds case, accents and surrounding space only', () => {
    expect(foldRole(' Överläkare ')).toBe('overlakare');
  });
});

describe('tenantAllowed', () => {
  const A = '72f988bf-0000-4000-8000-000000000001';
  const B = '99999999-0000-4000-8000-000000000999';

  it('allows everyone when no allowlist is set', () => {
    expect(tenantAllowed([], {})).toBe(true);
  });

  it.each([
    [{ conversationTenantId: A }, true],
    [{ channelDataTenantId: A }, true],
    [{ conversationTenantId: A.toUpperCase(), channelDataTenantId: A }, true],
    [{ conversationTenantId: B }, false],
    [{ conversationTenantId: A, channelDataTenantId: B }, false],
    [{ conversationTenantId: '', channelDataTenantId: '' }, false],
    [{}, false],
  ])('%j → %s', (signals, allowed) => {
    expect(tenantAllowed([A], signals)).toBe(allowed);
  });
});
