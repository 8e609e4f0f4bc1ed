import {
  formatAge,
  formatCount,
  formatCountChange,
  formatPointChange,
  formatPercent,
  formatWholePercent,
  percent,
  periodLabel,
  pointChange,
  shownCount,
  shownShare,
} from '../../src/skills/metrics/numberFormat';

const exact = (value: number) => ({ withheld: false as const, value });

/** Intl uses no-break spaces in Swedish numbers; compare them as plain spaces. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('number formatting', () => {
  it('writes counts in Swedish and English style', () => {
    expect(plain(formatCount(5399, 'sv'))).toBe('5 399');
    expect(formatCount(5399, 'en')).toBe('5,399');
    expect(formatCount(743, 'sv')).toBe('743');
  });

  it('derives shares from counts with one decimal', () => {
    expect(plain(shownShare(exact(3460), exact(5399), 'sv').text)).toBe('64,1 %');
    expect(shownShare(exact(3460), exact(5399), 'en').text).toBe('64.1%');
    expect(plain(shownShare(exact(1971), exact(5399), 'sv').text)).toBe('36,5 %');
    expect(shownShare(exact(608), exact(5399), 'sv')).toMatchObject({ percent: 11.3 });
    expect(shownShare(exact(0), exact(0), 'sv')).toEqual({ text: '–', withheld: false });
    expect(percent(743, 5399)).toBe(13.8);
    expect(plain(formatPercent(30, 'sv'))).toBe('30,0 %');
    expect(plain(formatWholePercent(30, 'sv'))).toBe('30 %');
    expect(formatWholePercent(30, 'en')).toBe('30%');
  });

  it("writes the average age with one decimal, the document's style", () => {
    expect(formatAge(73.69, 'sv')).toBe('73,7');
    expect(formatAge(73.69, 'en')).toBe('73.7');
    expect(formatAge(74, 'sv')).toBe('74,0');
  });

  it('computes changes from the shares as printed', () => {
    // 24,8 % → 21,4 % reads as −3,4, whatever the unrounded shares were.
    expect(pointChange(24.8, 21.4)).toBe(-3.4);
    expect(formatPointChange(pointChange(24.8, 21.4), 'sv')).toBe('−3,4');
    expect(pointChange(0.1, 0.3)).toBe(0.2);
  });

  it('writes percentage-point and count changes with a sign', () => {
    expect(formatPointChange(-5.94, 'sv')).toBe('−5,9');
    expect(formatPointChange(2.25, 'en')).toBe('+2.3');
    expect(formatPointChange(-0.04, 'sv')).toBe('0,0');
    expect(formatCountChange(12, 'sv')).toBe('+12');
    expect(formatCountChange(-3, 'en')).toBe('-3');
  });

  it('shows a withheld count as "<5" or hidden, and no share built on it', () => {
    expect(shownCount({ withheld: true, below: 5 }, 'sv')).toEqual({ text: '<5', withheld: true });
    expect(shownCount({ withheld: true }, 'sv')).toEqual({ text: 'dolt', withheld: true });
    expect(shownCount({ withheld: true }, 'en')).toEqual({ text: 'hidden', withheld: true });
    expect(shownCount(exact(1200), 'en')).toEqual({ text: '1,200', withheld: false });
    expect(shownShare({ withheld: true, below: 5 }, exact(60), 'sv')).toEqual({
      text: '–',
      withheld: true,
    });
  });

  it('names periods', () => {
    expect(periodLabel('2022-08', 'sv')).toBe('augusti 2022');
    expect(periodLabel('2023-03', 'en')).toBe('March 2023');
    expect(periodLabel('2022-08', 'sv', 'short')).toBe('aug 2022');
  });
});
