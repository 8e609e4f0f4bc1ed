import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

// `npm run build [-- --out DIR]`: a self-contained build of what runs in production. The compiled
// src/ lands in DIR/src and every file the code reads at run time beside it: the card templates
// (DIR/cards, which src/cards/render.ts finds at ../../cards) and every non-TypeScript file under
// src/ (tab assets, SQL migrations). DIR plus package.json and the lock file is all a server needs:
// `npm ci --omit=dev && npm run start:prod`.

const ROOT = path.resolve(__dirname, '..');

function outDir(args: string[]): string {
  const i = args.indexOf('--out');
  return path.resolve(i >= 0 && args[i + 1] ? args[i + 1] : path.join(ROOT, 'dist'));
}

/** Every file under dir that the compiler does not handle (not .ts), relative to dir. */
function assets(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.ts'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

function main(): void {
  const out = outDir(process.argv.slice(2));
  rmSync(out, { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(
    process.execPath,
    [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', out],
    {
      stdio: 'inherit',
    },
  );
  cpSync(path.join(ROOT, 'cards'), path.join(out, 'cards'), { recursive: true });
  const src = path.join(ROOT, 'src');
  const files = assets(src);
  for (const file of files) cpSync(path.join(src, file), path.join(out, 'src', file));
  console.log(
    `build: ${path.relative(process.cwd(), out) || '.'} (${files.length} assets beside the code)`,
  );
}

main();
