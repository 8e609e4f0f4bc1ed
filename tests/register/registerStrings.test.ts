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
