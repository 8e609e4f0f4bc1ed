import {
  formatOpeningHours,
  isOpen,
  parseOpeningHours,
  stockholmClock,
} from '../../src/register/openingHours';
import { registerStrings } from '../../src/register/registerStrings';

// Opening hours: parsed from the register's short form, "open now" in Europe/Stockholm.

describe('opening hours', () => {
  const line = parseOpeningHours('mon-sun 08:00-21:00');

  it('reads English and Swedish day names and short times', () => {
    expect(parseOpeningHours('mån-fre 8-16.30; lör 10-14')).toEqual([
      { fromDay: 1, toDay: 5, open: 480, close: 990 },
      { fromDay: 6, toDay: 6, open: 600, close: 840 },
    ]);
    expect(parseOpeningHours('')).toEqual([]);
  });

  it.each(['always', 'mon-fri 9', 'mon-fri 17:00-08:00', 'xyz 08:00-10:00', 'mon 25:00-26:00'])(
    'rejects "%s" with a readable message',
    (text) => expect(() => parseOpeningHours(text)).toThrow(/not like "mon-fri 08:00-16:30"/),
  );

  it('decides open/closed on the Stockholm clock, in summer and winter time', () => {
    // 19:30 UTC in December is 20:30 in Stockholm (CET): open; 20:30 UTC is 21:30: closed.
    expect(isOpen(line, new Date('2026-12-02T19:30:00Z'))).toBe(true);
    expect(isOpen(line, new Date('2026-12-02T20:30:00Z'))).toBe(false);
    // 06:30 UTC in July is 08:30 in Stockholm (CEST): open; 05:30 UTC is 07:30: closed.
    expect(isOpen(line, new Date('2026-07-01T06:30:00Z'))).toBe(true);
    expect(isOpen(line, new Date('2026-07-01T05:30:00Z'))).toBe(false);
    expect(stockholmClock(new Date('2026-12-06T12:00:00Z')).day).toBe(7); // a Sunday
    expect(isOpen([], new Date())).toBeUndefined();
  });

  it('weekdays only: closed on Saturday', () => {
    const office = parseOpeningHours('mon-fri 08:00-16:00');
    expect(isOpen(office, new Date('2026-12-05T10:00:00Z'))).toBe(false);
    expect(isOpen(office, new Date('2026-12-04T10:00:00Z'))).toBe(true);
  });

  it('reads well in both languages', () => {
    expect(formatOpeningHours(line, registerStrings('sv').days)).toBe('8–21 alla dagar');
    expect(formatOpeningHours(line, registerStrings('en').days)).toBe('8–21 every day');
    expect(
      formatOpeningHours(parseOpeningHours('mon-fri 8-16:30'), registerStrings('sv').days),
    ).toBe('mån–fre 8–16.30');
  });
});
