import { checkProposal, type ProposalSubmit } from '../../src/register/proposal';
import { reviewMonth, staleBefore } from '../../src/skills/proposals/factReviews';

// Checking what a proposer typed against what the card shows (pure).

const submit = (fields: Partial<ProposalSubmit>): ProposalSubmit => ({
  action: 'proposalSubmit',
  targetKind: 'person',
  targetId: 'p',
  mode: 'change',
  kind: '',
  value: '',
  label: '',
  hours: '',
  wrongValue: '',
  ...fields,
});
const shown = [
  { kind: 'direkt' as const, value: '0480-840 29' },
  { kind: 'epost' as const, value: 'a@b.se', pathId: 'path-1' },
];

describe('checkProposal', () => {
  it.each([
    ['070-111 22 33', 'mobil'],
    ['+46 70 111 22 33', 'mobil'],
    ['0480-123 45', 'vaxel'],
    ['namn@regionkalmar.se', 'epost'],
    ['hemtjanst@kommun.se', 'funktionsbrevlada'],
  ])('accepts %s as %s', (value, kind) => {
    const checked = checkProposal(submit({ kind, value }), shown);
    expect(checked).toEqual({
      ok: true,
      draft: { mode: 'change', kind, newValue: value, label: '', hours: '' },
    });
  });

  it.each([
    [{ kind: 'mobil', value: '12' }, 'badPhone'],
    [{ kind: 'mobil', value: 'ring mig' }, 'badPhone'],
    [{ kind: 'epost', value: 'inte en adress' }, 'badEmail'],
    [{ kind: '', value: '070-111 22 33' }, 'kindMissing'],
    [{ kind: 'teams', value: 'a@b.se' }, 'kindMissing'],
    [{ kind: 'mobil', value: '' }, 'valueMissing'],
    [{ kind: 'mobil', value: '070-111 22 33', hours: 'ibland' }, 'badHours'],
    [{ kind: 'direkt', value: '+46 480 84029' }, 'nothingChanged'],
    [{ kind: 'mobil', value: '070-111 22 33', label: 'x'.repeat(101) }, 'tooLong'],
  ] as const)('refuses %j: %s', (fields, problem) => {
    expect(checkProposal(submit(fields), shown)).toEqual({ ok: false, problem });
  });

  it('a wrong report names a shown value, and may give the right one of the same kind', () => {
    expect(
      checkProposal(submit({ mode: 'wrong', wrongValue: 'direkt|0480-840 29' }), shown),
    ).toMatchObject({ ok: true, draft: { kind: 'direkt', oldValue: '0480-840 29' } });
    expect(
      checkProposal(submit({ mode: 'wrong', wrongValue: 'epost|a@b.se', value: 'c@d.se' }), shown),
    ).toMatchObject({ ok: true, draft: { oldPathId: 'path-1', newValue: 'c@d.se' } });
    expect(
      checkProposal(submit({ mode: 'wrong', wrongValue: 'epost|a@b.se', value: '0480' }), shown),
    ).toEqual({ ok: false, problem: 'badEmail' });
    expect(checkProposal(submit({ mode: 'wrong', wrongValue: 'mobil|070' }), shown)).toEqual({
      ok: false,
      problem: 'wrongValueMissing',
    });
  });
});

describe('the monthly review', () => {
  it('belongs to the Stockholm month', () => {
    expect(reviewMonth(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12');
    expect(reviewMonth(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12');
  });

  it('counts a fact stale from maxAgeMonths back', () => {
    expect(staleBefore(new Date('2026-12-02T10:00:00Z'), 12).toISOString()).toBe(
      '2025-12-02T10:00:00.000Z',
    );
  });
});
