// npx tsx bench/fresh.ts [--failures]: the fresh corpus's score (issue 12), per class, with the
// turns that fail when asked.
import { scoreFresh, summary } from '../tests/understanding/fresh/freshScore';

const scores = scoreFresh();
console.table(summary(scores));
if (process.argv.includes('--failures')) {
  for (const s of scores.filter((x) => x.problems.length > 0)) {
    console.log(`${s.id} "${s.text}": ${s.problems.join('; ')}`);
  }
}
