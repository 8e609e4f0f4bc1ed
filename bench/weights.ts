// npx tsx bench/weights.ts: the intent-table weights no corpus row depends on (issue 12).
import { allWeights, unusedWeights } from '../tests/understanding/weightUse';

const unused = unusedWeights();
console.log(`${unused.length} of ${allWeights().length} weights change no row when zeroed:`);
for (const w of unused) console.log(`  ${w.kind}.${w.table}.${w.key}`);
