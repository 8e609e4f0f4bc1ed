import { periodMeant } from '../../src/skills/metrics/knownPeriods';
import { periodLabel } from '../../src/skills/metrics/numberFormat';

const known = {
  periods: ['2022-08', '2022-09', '2022-12', '2023-01', '2023-03'],
  current: '2023-03',
};

describe('the period a question means', () => {
  it('takes a month without its year as the latest such month with figures', () => {
    expect(periodMeant('--12', known)).toBe('2022-12');
    expect(periodMeant('--03', known)).toBe('2023-03');
    expect(periodMeant('--08', { ...known, periods: [...known.periods, '2023-08'] })).toBe(
      '2023-08',
    );
  });

  it('leaves a full period, none, and a month with no figures as asked', () => {
    expect(periodMeant('2021-12', known)).toBe('2021-12');
    expect(periodMeant(undefined, known)).toBeUndefined();
    expect(periodMeant('--06', known)).toBe('--06');
  });

  it('names a month without its year by its name alone', () => {
    expect(periodLabel('--06', 'sv')).toBe('juni');
    expect(periodLabel('--06', 'en')).toBe('June');
    expect(periodLabel('2022-12', 'sv')).toBe('december 2022');
  });
});
