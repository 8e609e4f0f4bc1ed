import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pgliteDir } from '../../src/state/openDatabase';
import { openPglite } from '../../src/state/pgliteDatabase';
import { templateBlob } from '../support/pgliteTemplate';

// The real app as its own process (`dev/start.ts`, as `npm start` runs it), with its own empty
// temp folder, so a test can see it crash, measure its memory and list the files it wrote.

export type AppProcess = {
  url: string;
  child: ChildProcess;
  /** The child's os.tmpdir(): empty at start. */
  tmpDir: string;
  /** Resident memory of the child now, in MB (from /proc). */
  rssMb: () => number;
  /** Every file the app wrote under its temp folder, recursively. */
  tmpFiles: () => string[];
  /** Everything the child wrote to stdout and stderr. */
  output: () => string;
  exited: () => boolean;
  close: () => Promise<void>;
};

const ROOT = path.resolve(__dirname, '..', '..');

export async function startAppProcess(env: Record<string, string> = {}): Promise<AppProcess> {
  const tmpDir = mkdtempSync(path.join(tmpdir(), 'nara-proc-tmp-'));
  const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'nara-proc-data-'));
  if (!env.DATABASE_URL) {
    // Start the embedded database from the migrated template (initdb alone would take seconds).
    const db = await openPglite({ dataDir: pgliteDir(dataDir), template: templateBlob() });
    await db.close();
  }
  // node itself (tsx as a loader, not its CLI, which would add a wrapper process): the pid is
  // the app's, so its memory is the app's.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'dev', 'start.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TMPDIR: tmpDir,
      HOST: '127.0.0.1',
      PORT: '0',
      REFERENCE_API_PORT: '0',
      REFERENCE_API_KEY: 'process-reference-key',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${out}`)), 30_000);
    const check = () => {
      const match = /"event":"listening","url":"([^"]+)"/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', () => reject(new Error(`app exited at start:\n${out}`)));
  });
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  return {
    url,
    child,
    tmpDir,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return kb / 1024;
    },
    // tsx (the loader, not the app) keeps its compile cache in tsx-<uid>/: not the app's files.
    tmpFiles: () => walk(tmpDir).filter((f) => !/[/\\]tsx-\d+[/\\]/.test(f)),
    output: () => out,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(tmpDir, { recursive: true, force: true });
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
