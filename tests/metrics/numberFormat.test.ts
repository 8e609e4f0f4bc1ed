import {
  formatAge,
  formatCount,
  formatCountChange,
  formatPointChange,
  percent,
  periodLabel,
  shownCountIn,
  shownShare,
} from '../../src/skills/metrics/numberFormat';

/** Intl uses no-break spaces in Swedish numbers; compare them as plain spaces. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('number formatting', () => {
  it('writes counts in Swedish and English style', () => {
    expect(plain(formatCount(5399, 'sv'))).toBe('5 399');
    expect(formatCount(5399, 'en')).toBe('5,399');
    expect(formatCount(743, 'sv')).toBe('743');
  });

  it('derives shares from counts with one decimal', () => {
    expect(plain(shownShare(3460, 5399, undefined, 'sv'))).toBe('64,1 %');
    expect(shownShare(3460, 5399, undefined, 'en')).toBe('64.1%');
    expect(plain(shownShare(1971, 5399, undefined, 'sv'))).toBe('36,5 %');
    expect(plain(shownShare(608, 5399, undefined, 'sv'))).toBe('11,3 %');
    expect(shownShare(0, 0, undefined, 'sv')).toBeUndefined();
    expect(percent(743, 5399)).toBe(13.8);
  });

  it('writes the average age with two decimals, as the dashboard does', () => {
    expect(formatAge(73.69, 'sv')).toBe('73,69');
    expect(formatAge(73.69, 'en')).toBe('73.69');
    expect(formatAge(74, 'sv')).toBe('74,00');
  });

  it('writes percentage-point and count changes with a sign', () => {
    expect(formatPointChange(-5.94, 'sv')).toBe('−5,9');
    expect(formatPointChange(2.25, 'en')).toBe('+2.3');
    expect(formatPointChange(-0.04, 'sv')).toBe('0,0');
    expect(formatCountChange(12, 'sv')).toBe('+12');
    expect(formatCountChange(-3, 'en')).toBe('-3');
  });

  it('suppresses small counts and the shares derived from them in shared spaces', () => {
    const rule = { threshold: 5 };
    expect(shownCountIn(3, rule, 'sv')).toBe('<5');
    expect(shownCountIn(0, rule, 'sv')).toBe('0');
    expect(shownCountIn(5, rule, 'sv')).toBe('5');
    expect(shownCountIn(1200, rule, 'en')).toBe('1,200');
    expect(shownShare(3, 60, rule, 'sv')).toBeUndefined();
    expect(shownShare(57, 60, rule, 'sv')).toBeUndefined(); // the 3 others could be worked out
    expect(plain(shownShare(30, 60, rule, 'sv'))).toBe('50,0 %');
  });

  it('names periods', () => {
    expect(periodLabel('2022-08', 'sv')).toBe('augusti 2022');
    expect(periodLabel('2023-03', 'en')).toBe('March 2023');
    expect(periodLabel('2022-08', 'sv', 'short')).toBe('aug 2022');
  });
});
