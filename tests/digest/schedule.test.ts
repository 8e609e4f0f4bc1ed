import fc from 'fast-check';
import {
  latestSlot,
  localParts,
  nextSlot,
  parseWallTime,
  zonedTimeToUtc,
  type Weekday,
} from '../../src/digest/schedule';

const at = (iso: string) => new Date(iso);

describe('digest schedule (Europe/Stockholm)', () => {
  it('reads wall times', () => {
    expect(parseWallTime('08:00')).toEqual({ hour: 8, minute: 0 });
    expect(parseWallTime('23:59:00')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['8:00', '24:00', '12:60', '', 'noon'])
      expect(parseWallTime(bad)).toBeUndefined();
  });

  it('puts Monday 08:00 at 07:00 UTC in winter and 06:00 UTC in summer', () => {
    expect(latestSlot(at('2024-01-10T12:00:00Z'), 1, { hour: 8, minute: 0 }).toISOString()).toBe(
      '2024-01-08T07:00:00.000Z',
    );
    expect(latestSlot(at('2024-06-12T12:00:00Z'), 1, { hour: 8, minute: 0 }).toISOString()).toBe(
      '2024-06-10T06:00:00.000Z',
    );
  });

  it('counts the slot itself as due, and the next slot as strictly later', () => {
    const slot = at('2024-05-06T06:00:00Z'); // Monday 6 May 08:00 CEST
    expect(latestSlot(slot, 1, { hour: 8, minute: 0 })).toEqual(slot);
    expect(latestSlot(new Date(slot.getTime() - 1), 1, { hour: 8, minute: 0 }).toISOString()).toBe(
      '2024-04-29T06:00:00.000Z',
    );
    expect(nextSlot(slot, 1, { hour: 8, minute: 0 }).toISOString()).toBe(
      '2024-05-13T06:00:00.000Z',
    );
    expect(nextSlot(new Date(slot.getTime() - 1), 1, { hour: 8, minute: 0 })).toEqual(slot);
  });

  it('crosses the spring change: the week before is CET, the Monday after CEST', () => {
    // Clocks go forward on Sunday 31 March 2024 at 02:00.
    const now = at('2024-03-31T12:00:00Z');
    expect(latestSlot(now, 1, { hour: 8, minute: 0 }).toISOString()).toBe(
      '2024-03-25T07:00:00.000Z',
    );
    expect(nextSlot(now, 1, { hour: 8, minute: 0 }).toISOString()).toBe('2024-04-01T06:00:00.000Z');
  });

  it('moves a time skipped by the spring change forward (02:30 → 03:30 CEST)', () => {
    const slot = zonedTimeToUtc({ year: 2024, month: 3, day: 31 }, { hour: 2, minute: 30 });
    expect(slot.toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(localParts(slot)).toMatchObject({ hour: 3, minute: 30 });
  });

  it('takes the first of a time that occurs twice in autumn (02:30 CEST)', () => {
    // Clocks go back on Sunday 27 October 2024 at 03:00 CEST.
    const slot = zonedTimeToUtc({ year: 2024, month: 10, day: 27 }, { hour: 2, minute: 30 });
    expect(slot.toISOString()).toBe('2024-10-27T00:30:00.000Z');
    const now = at('2024-10-27T02:00:00Z');
    expect(latestSlot(now, 7, { hour: 2, minute: 30 }).toISOString()).toBe(
      '2024-10-27T00:30:00.000Z',
    );
  });

  it('for any instant and slot: latest ≤ now < next, a week (±1 h) apart, on the right weekday and time', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2023-01-01T00:00:00Z'),
          max: new Date('2030-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (now, weekday, hour, minute) => {
          const time = { hour, minute };
          const latest = latestSlot(now, weekday as Weekday, time);
          const next = nextSlot(now, weekday as Weekday, time);
          expect(latest.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(next.getTime()).toBeGreaterThan(now.getTime());
          const gap = next.getTime() - latest.getTime();
          expect(Math.abs(gap - 7 * 86_400_000)).toBeLessThanOrEqual(3_600_000);
          const local = localParts(latest);
          expect(local.weekday).toBe(weekday);
          // Only a time skipped in spring (02:xx) lands an hour later.
          if (!(hour === 2 && local.hour === 3))
            expect([local.hour, local.minute]).toEqual([hour, minute]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
