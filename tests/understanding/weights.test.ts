import { unusedWeights } from './weightUse';

// Issue 12: every weight of the intent table is needed by some row of the corpora (zeroing it
// changes a row's intent); a weight no row needs is dropped, or pinned by a row that needs it.

describe('intent table weights', () => {
  it('has no weight that no corpus row depends on', () => {
    expect(unusedWeights().map((w) => `${w.kind}.${w.table}.${w.key}`)).toEqual([]);
  }, 120_000);
});
