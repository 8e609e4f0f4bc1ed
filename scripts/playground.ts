import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

// `npm run playground [-- --port N]`: Microsoft 365 Agents Playground against the bot that
// `npm start` runs, at the address from the same configuration: env/.env.local, with the real
// environment taking precedence (as `tsx --env-file` does), so `PORT=4000 npm start` and
// `PORT=4000 npm run playground` meet. The Playground has no option for its own interface: it
// listens on all of them (README, "Talk to it locally").

const ROOT = path.resolve(__dirname, '..');

export function botEndpoint(env: NodeJS.ProcessEnv, file = path.join(ROOT, 'env', '.env.local')) {
  const local = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  const pick = (name: string) => env[name]?.trim() || local[name]?.trim() || undefined;
  const host = pick('HOST') ?? '127.0.0.1';
  // A bot listening on every interface is reached on loopback.
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${pick('PORT') ?? '3978'}/api/messages`;
}

if (require.main === module) {
  const endpoint = botEndpoint(process.env);
  console.log(`Agents Playground → ${endpoint}`);
  const bin = path.join(ROOT, 'node_modules', '.bin', 'agentsplayground');
  const args = ['--disable-telemetry', '-e', endpoint, '-c', 'msteams', ...process.argv.slice(2)];
  const child = spawn(bin, args, {
    stdio: 'inherit',
    // Its telemetry and the SDK's usage reports off: no call to Azure at start.
    env: {
      ...process.env,
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true',
    },
  });
  child.on('exit', (code) => process.exit(code ?? 1));
}
