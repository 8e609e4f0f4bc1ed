import { execFileSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { createApp } from '../src/app';
import { startHarness } from '../tests/e2e/harness';
import { messageActivity } from '../tests/e2e/teamsActivity';
import { prepareTemplate } from '../tests/support/pgliteTemplate';

async function main() {
  await prepareTemplate();
  const root = path.resolve(__dirname, '..');
  const out = path.join(root, 'node_modules', '.cache', 'nara-bench-build');
  execFileSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/build.ts', '--out', out], { cwd: root, stdio: 'ignore' });
  const built = (await import(pathToFileURL(path.join(out, 'src', 'app.js')).href)) as { createApp: typeof createApp };
  const h = await startHarness({ RATE_LIMIT_PER_MINUTE: '100000' }, {}, built.createApp);
  const text = process.env.T ?? 'telefon till Åke Åkesson';
  let u = 0;
  const turn = () => { const k = u++ % 50; return h.post(messageActivity({ serviceUrl: h.connector.url, text, aadObjectId: `staff-${k}`, conversationId: `a:1staff${k}` })); };
  for (let i = 0; i < 2000; i++) await turn();
  const s = new Session(); s.connect();
  await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', { interval: 50 });
  await s.post('Profiler.start');
  const t0 = Date.now();
  for (let i = 0; i < 4000; i++) await turn();
  const ms = Date.now() - t0;
  const { profile } = await s.post('Profiler.stop');
  writeFileSync('/tmp/scratch/contact.cpuprofile', JSON.stringify(profile));
  console.log('per turn ms', ms / 4000);
  await h.close();
}
main();
