/**
 * `npm run package [-- --env <name>]` (default `local`): fills manifest/ from env/.env.<name>,
 * validates it offline and writes build/appPackage.<name>.zip.
 */
import path from 'node:path';
import { PackageError, buildPackage, defaultDirs } from '../dev/manifest/appPackage';

function envNameFrom(args: readonly string[]): string {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg.startsWith('--env=')) return arg.slice('--env='.length);
    if (arg === '--env' || arg === '-e') {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('-'))
        throw new PackageError('--env needs a name', []);
      return next;
    }
  }
  return 'local';
}

async function main(): Promise<void> {
  // 1. Which environment
  const envName = envNameFrom(process.argv.slice(2));
  // 2. Build (fill, validate, zip)
  const projectRoot = path.resolve(__dirname, '..');
  const out = await buildPackage(envName, defaultDirs(projectRoot));
  // 3. Tell where it is
  console.log(`Teams app package for "${envName}": ${path.relative(process.cwd(), out)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
