import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  escapeJsonString,
  fillPlaceholders,
  type PackageDirs,
} from '../../dev/manifest/appPackage';

export const MANIFEST_DIR = path.resolve(__dirname, '..', '..', 'manifest');

/** Values that pass the schema; none of them is anyone's real id. */
export const TEST_VARS: Readonly<Record<string, string>> = {
  APP_ID: '11111111-2222-3333-4444-555555555555',
  BOT_ID: '66666666-7777-8888-9999-000000000000',
  BOT_DOMAIN: 'nara.example.test',
  TAB_ENDPOINT: 'https://nara.example.test',
  AAD_APP_CLIENT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
};

export function readManifestText(file = 'manifest.json'): string {
  return readFileSync(path.join(MANIFEST_DIR, file), 'utf8');
}

/** A manifest file as shipped, filled with TEST_VARS and parsed. */
export function filledJson(file = 'manifest.json'): unknown {
  const { text, missing } = fillPlaceholders(readManifestText(file), TEST_VARS, escapeJsonString);
  if (missing.length > 0) throw new Error(`test vars lack ${missing.join(', ')}`);
  return JSON.parse(text);
}

export function envText(vars: Readonly<Record<string, string>>): string {
  return ['# test environment', ...Object.entries(vars).map(([k, v]) => `${k}=${v}`), ''].join(
    '\n',
  );
}

export interface Workspace {
  root: string;
  dirs: PackageDirs;
  cleanup: () => void;
}

/**
 * A temporary env dir (with `.env.<envName>` from `vars`) and out dir; the manifest dir is the real
 * one unless `copyManifest` is set, in which case it is a copy the test may break.
 */
export function makeWorkspace(
  envName: string,
  vars: Readonly<Record<string, string>> | undefined,
  copyManifest = false,
): Workspace {
  const root = mkdtempSync(path.join(tmpdir(), 'nara-manifest-'));
  const envDir = path.join(root, 'env');
  mkdirSync(envDir);
  if (vars) writeFileSync(path.join(envDir, `.env.${envName}`), envText(vars));
  let manifestDir = MANIFEST_DIR;
  if (copyManifest) {
    manifestDir = path.join(root, 'manifest');
    cpSync(MANIFEST_DIR, manifestDir, { recursive: true });
  }
  return {
    root,
    dirs: { manifestDir, envDir, outDir: path.join(root, 'build') },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
