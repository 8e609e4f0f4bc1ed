import { registerStrings } from '../../src/register/registerStrings';

// The month a fact is from, as a card says it ("Uppgift från november 2024"): in Stockholm time.

describe('the month a fact is from', () => {
  it('is the full month and year, in Swedish and English', () => {
    const at = new Date('2024-11-15T12:00:00Z');
    expect(registerStrings('sv').monthYear(at)).toBe('november 2024');
    expect(registerStrings('en').monthYear(at)).toBe('November 2024');
  });

  it('counts in Stockholm time: late on 30 November UTC is already December there', () => {
    expect(registerStrings('sv').monthYear(new Date('2024-11-30T23:30:00Z'))).toBe('december 2024');
  });
});

// The day a fact was added or confirmed ("Tillagd 4 dec 2026"), in Stockholm time too.
describe('the day a fact was added or confirmed', () => {
  it('is day, short month and year, in Swedish and English', () => {
    const at = new Date('2026-12-04T12:00:00Z');
    expect(registerStrings('sv').date(at)).toBe('4 dec 2026');
    expect(registerStrings('en').date(at)).toBe('4 Dec 2026');
  });

  it('counts in Stockholm time: late on 31 December UTC is already the new year there', () => {
    expect(registerStrings('sv').date(new Date('2026-12-31T23:30:00Z'))).toBe('1 jan 2027');
    expect(registerStrings('en').date(new Date('2026-06-30T22:30:00Z'))).toBe('1 Jul 2026');
  });
});
