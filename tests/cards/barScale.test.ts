import { barWeights, niceScale, ticksOf } from '../../src/cards/barScale';

describe('bar scales', () => {
  it.each([
    [41.9, 50, [0, 10, 20, 30, 40]],
    [28.1, 30, [0, 10, 20]],
    [24.8, 25, [0, 5, 10, 15, 20]],
    [4.2, 5, [0, 1, 2, 3, 4]],
    [1.2, 1.5, [0, 0.5, 1]],
    [399, 400, [0, 100, 200, 300]],
  ])('a scale for %p ends at %p with ticks %p', (max, end, ticks) => {
    const scale = niceScale(max);
    expect(scale.max).toBe(end);
    expect(ticksOf(scale)).toEqual(ticks);
  });

  it('bars are as long as their value on the scale', () => {
    expect(barWeights(20.1, 50)).toEqual({ bar: 402, rest: 598 });
    expect(barWeights(0, 50)).toEqual({ bar: 0, rest: 1000 });
    expect(barWeights(60, 50)).toEqual({ bar: 1000, rest: 0 });
  });
});
