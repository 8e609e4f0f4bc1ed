import { formatSlot } from '../../src/digest/digestText';

// When a digest went or goes out, as its cards say it: in Swedish time, in the reader's language.
describe('formatSlot', () => {
  it('says weekday, day, month and time in Swedish time', () => {
    expect(formatSlot('2024-04-29T06:00:00Z', 'sv')).toBe('måndag 29 april kl. 08:00');
    expect(formatSlot('2024-04-29T06:00:00Z', 'en')).toBe('Monday 29 April at 08:00');
  });

  it('is already the next day and year there late on New Year’s Eve UTC', () => {
    expect(formatSlot(new Date('2024-12-31T23:30:00Z'), 'en')).toBe('Wednesday 1 January at 00:30');
    expect(formatSlot(new Date('2024-12-31T23:30:00Z'), 'sv')).toBe('onsdag 1 januari kl. 00:30');
  });
});
