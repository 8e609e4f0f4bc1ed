// Scales for the bar charts the cards draw with columns (cards/partials/bars.json): a round maximum
// with a few equal steps, and bar lengths as integer column weights. Teams' Chart.* elements print
// their own numbers ("28.1", ticks like 0/7/14) with no way to set the format, so the cards draw
// bars themselves and print every figure in the reader's language.

/** Column weights per bar: fine enough that a bar's length is true to a tenth of a percent. */
const WEIGHT = 1000;

/** The smallest round maximum ≥ max with at most five steps of 1, 2 or 5 × a power of ten (short labels). */
export function niceScale(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const m of [0.1, 0.2, 0.5, 1, 2, 5, 10]) {
    const step = m * magnitude;
    if (Math.ceil(max / step - 1e-9) <= 5)
      return { max: Math.ceil(max / step - 1e-9) * step, step };
  }
  return { max: 10 * magnitude, step: 2 * magnitude };
}

/** The tick values of a scale, from 0 up to (not including) its maximum. */
export function ticksOf(scale: { max: number; step: number }): number[] {
  const out: number[] = [];
  for (let k = 0; k * scale.step < scale.max - 1e-9; k++) {
    out.push(Math.round(k * scale.step * 1000) / 1000);
  }
  return out;
}

/** The filled and empty weights of a bar for `value` on a scale to `max`. */
export function barWeights(value: number, max: number): { bar: number; rest: number } {
  const bar = Math.max(0, Math.min(WEIGHT, Math.round((value / max) * WEIGHT)));
  return { bar, rest: WEIGHT - bar };
}
