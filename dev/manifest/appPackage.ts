/**
 * Builds the Teams app package (manifest + localization + icons → zip), offline.
 *
 * Pure helpers (placeholders, env files, schema validation, icon checks) are exported one by one so
 * tests call them directly; `scripts/package.ts` only wires them to the command line.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

/** The manifest schema version the app targets (the newest ≤ 1.25 that `@microsoft/app-manifest` ships). */
export const MANIFEST_VERSION = '1.25';

/** Every `${{NAME}}` the manifest files may use; each must be set in `env/.env.<environment>`. */
export const PLACEHOLDER_VARIABLES = [
  'APP_ID',
  'BOT_ID',
  'BOT_DOMAIN',
  'TAB_ENDPOINT',
  'AAD_APP_CLIENT_ID',
] as const;

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** A build that cannot go on; `problems` lists every reason, one line each. */
export class PackageError extends Error {
  constructor(
    summary: string,
    readonly problems: readonly string[],
  ) {
    super([summary, ...problems.map((p) => `  - ${p}`)].join('\n'));
    this.name = 'PackageError';
  }
}

// ---------------------------------------------------------------------------------------------
// Placeholders

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export interface FillResult {
  text: string;
  /** Names used in the text but absent (or empty) in `vars`, sorted, each once. */
  missing: string[];
}

/**
 * Replaces every `${{NAME}}` in `text` with `vars[NAME]` (passed through `encode`). Placeholders
 * whose variable is missing or empty are left as they are and named in `missing`.
 */
export function fillPlaceholders(
  text: string,
  vars: Readonly<Record<string, string>>,
  encode: (value: string) => string = (value) => value,
): FillResult {
  const missing = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    if (value === undefined || value.trim() === '') {
      missing.add(name);
      return whole;
    }
    return encode(value);
  });
  return { text: filled, missing: [...missing].sort() };
}

/** The distinct placeholder names in `text`, sorted. */
export function listPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/** Escapes a value for use inside a JSON string literal. */
export function escapeJsonString(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

// ---------------------------------------------------------------------------------------------
// Env files

const ENV_LINE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;

/**
 * Parses `KEY=VALUE` lines. Blank lines and `#` comments are skipped; values may be quoted with
 * '…' or "…"; an unquoted value ends at ` #` (an inline comment). Any other line is an error.
 */
export function parseEnv(text: string, source = 'env file'): Record<string, string> {
  const vars: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = ENV_LINE.exec(line);
    if (!match) {
      throw new PackageError(`Cannot read ${source}`, [
        `line ${index + 1} is not KEY=VALUE: ${JSON.stringify(line.slice(0, 60))}`,
      ]);
    }
    const [, key, rest] = match;
    vars[key] = unquote(rest);
  });
  return vars;
}

function unquote(rest: string): string {
  const quote = rest[0];
  if ((quote === '"' || quote === "'") && rest.indexOf(quote, 1) > 0) {
    const inner = rest.slice(1, rest.indexOf(quote, 1));
    return quote === '"' ? inner.replace(/\\n/g, '\n') : inner;
  }
  const comment = rest.search(/\s#/);
  return (comment >= 0 ? rest.slice(0, comment) : rest).trim();
}

/** Reads and parses one env file. Never looks at `process.env`. */
export function readEnvFile(filePath: string): Record<string, string> {
  if (!existsSync(filePath)) {
    throw new PackageError(`Env file not found: ${filePath}`, [
      'create it (copy env/.env.example) or pass another environment with -- --env <name>',
    ]);
  }
  return parseEnv(readFileSync(filePath, 'utf8'), filePath);
}

/** `env/.env.<name>`, overlaid by `env/.env.<name>.user` when that exists. */
export function loadEnvironment(envName: string, envDir: string): Record<string, string> {
  assertEnvName(envName);
  const base = readEnvFile(path.join(envDir, `.env.${envName}`));
  const userFile = path.join(envDir, `.env.${envName}.user`);
  return existsSync(userFile) ? { ...base, ...readEnvFile(userFile) } : base;
}

function assertEnvName(envName: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(envName)) {
    throw new PackageError(`Invalid environment name ${JSON.stringify(envName)}`, [
      'use letters, digits, "-" and "_" only, e.g. local, dev, prod',
    ]);
  }
}

// ---------------------------------------------------------------------------------------------
// JSON helpers (manifest content is unknown until validated)

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectsIn(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function stringAt(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const v = value[key];
  return typeof v === 'string' ? v : undefined;
}

/** Resolves a localization key such as `bots[0].commandLists[1].commands[2].title`. */
export function valueAtPath(root: unknown, key: string): unknown {
  let current: unknown = root;
  for (const part of key.split('.')) {
    const match = /^([A-Za-z_$][\w$]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return undefined;
    current = isObject(current) ? current[match[1]] : undefined;
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) {
      current = Array.isArray(current) ? current[Number(index[1])] : undefined;
    }
  }
  return current;
}

// ---------------------------------------------------------------------------------------------
// Schema validation (schemas shipped in @microsoft/app-manifest; no network)

type SchemaKind = 'manifest' | 'localization';
const SCHEMA_FILES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};
const validators = new Map<string, ValidateFunction>();

/** Where the offline copy of a Teams schema lives. */
export function schemaPath(kind: SchemaKind, version: string = MANIFEST_VERSION): string {
  const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return path.join(
    packageRoot,
    'build',
    'json-schemas',
    'teams',
    `v${version}`,
    SCHEMA_FILES[kind],
  );
}

/** The `$schema` URL a file of this kind and version should carry. */
export function schemaUrl(kind: SchemaKind, version: string = MANIFEST_VERSION): string {
  return `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/${SCHEMA_FILES[kind]}`;
}

function validatorFor(kind: SchemaKind): ValidateFunction {
  const file = schemaPath(kind);
  const cached = validators.get(file);
  if (cached) return cached;
  // One published pattern uses `\a`, which is not valid for ajv; it means BEL (\x07).
  const schema: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\x07'));
  if (!isObject(schema)) throw new Error(`Not a JSON schema: ${file}`);
  // The published schemas are draft-04, not strict, and one localization pattern is not valid
  // with the `u` flag, hence strict: false and unicodeRegExp: false. `verbose` keeps the bad value.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  validators.set(file, validate);
  return validate;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const params: Record<string, unknown> = error.params;
  let detail = '';
  if (error.keyword === 'additionalProperties') {
    detail = ` (unexpected property ${JSON.stringify(params.additionalProperty)})`;
  } else if (error.keyword === 'const' || error.keyword === 'enum') {
    detail = ` (allowed: ${JSON.stringify(params.allowedValue ?? params.allowedValues)})`;
  }
  const value: unknown = error.data;
  const shown =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? `, got ${JSON.stringify(value).slice(0, 80)}`
      : '';
  return `${where} ${error.message ?? 'is invalid'}${detail}${shown}`;
}

function runSchema(kind: SchemaKind, json: unknown): string[] {
  const validate = validatorFor(kind);
  if (validate(json)) return [];
  return (validate.errors ?? []).map(describeError);
}

/**
 * Validates a filled manifest against the official schema of MANIFEST_VERSION, then checks what
 * the schema cannot: the `$schema` URL, domains without scheme/port/path, and tab URLs on https
 * within validDomains. Returns readable problems; empty when valid.
 */
export function validateManifest(json: unknown): string[] {
  const errors = runSchema('manifest', json);
  if (!isObject(json)) return errors.length > 0 ? errors : ['(root) must be an object'];
  return [...errors, ...manifestRules(json)];
}

function manifestRules(manifest: JsonObject): string[] {
  const problems: string[] = [];
  const version = stringAt(manifest, 'manifestVersion');
  const declared = stringAt(manifest, '$schema');
  if (version === MANIFEST_VERSION && declared !== undefined) {
    const suffix = `/v${version}/${SCHEMA_FILES.manifest}`;
    if (!declared.endsWith(suffix)) {
      problems.push(`/$schema should end with ${suffix} to match manifestVersion ${version}`);
    }
  }

  const domains = Array.isArray(manifest.validDomains)
    ? manifest.validDomains.filter((d): d is string => typeof d === 'string')
    : [];
  domains.forEach((domain, i) => {
    if (!/^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(domain)) {
      problems.push(
        `/validDomains/${i} must be a bare host name (no scheme, port or path), got ${JSON.stringify(domain)}`,
      );
    }
  });

  const tabUrls: Array<[string, string | undefined]> = [
    ...objectsIn(manifest.staticTabs).flatMap((tab, i): Array<[string, string | undefined]> => [
      [`/staticTabs/${i}/contentUrl`, stringAt(tab, 'contentUrl')],
      [`/staticTabs/${i}/websiteUrl`, stringAt(tab, 'websiteUrl')],
    ]),
    ...objectsIn(manifest.configurableTabs).map((tab, i): [string, string | undefined] => [
      `/configurableTabs/${i}/configurationUrl`,
      stringAt(tab, 'configurationUrl'),
    ]),
  ];
  for (const [where, url] of tabUrls) {
    if (url === undefined) continue;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where} is not a valid URL, got ${JSON.stringify(url)}`);
      continue;
    }
    if (parsed.protocol !== 'https:') problems.push(`${where} must use https, got ${url}`);
    if (!domains.some((d) => hostMatches(parsed.hostname, d))) {
      problems.push(`${where} host ${parsed.hostname} is not in validDomains`);
    }
  }

  const resource = stringAt(manifest.webApplicationInfo, 'resource');
  if (resource !== undefined) {
    const host = /^api:\/\/([^/]+)\//.exec(resource)?.[1];
    if (host === undefined) {
      problems.push(`/webApplicationInfo/resource should look like api://<domain>/<client id>`);
    } else if (!domains.some((d) => hostMatches(host, d))) {
      problems.push(`/webApplicationInfo/resource host ${host} is not in validDomains`);
    }
  }
  return problems;
}

function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  const d = domain.toLowerCase();
  return d.startsWith('*.') ? h.endsWith(d.slice(1)) : h === d;
}

/**
 * Validates a localization file against the official localization schema; with the manifest given,
 * also checks that every key points at a string in the manifest.
 */
export function validateLocalization(json: unknown, manifest?: unknown): string[] {
  const problems = runSchema('localization', json);
  if (!isObject(json)) return problems;
  const declared = stringAt(json, '$schema');
  const expectedSuffix = `/v${MANIFEST_VERSION}/${SCHEMA_FILES.localization}`;
  if (declared !== undefined && !declared.endsWith(expectedSuffix)) {
    problems.push(`/$schema should end with ${expectedSuffix}`);
  }
  if (manifest !== undefined) {
    for (const key of Object.keys(json)) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      if (typeof valueAtPath(manifest, key) !== 'string') {
        problems.push(`key ${JSON.stringify(key)} does not name a string in manifest.json`);
      }
    }
  }
  return problems;
}

/** Paths of the user-visible strings in a manifest (the keys a localization file may translate). */
export function localizableKeys(manifest: unknown): string[] {
  const keys: string[] = [];
  const add = (key: string): void => {
    if (typeof valueAtPath(manifest, key) === 'string') keys.push(key);
  };
  if (!isObject(manifest)) return keys;
  ['name.short', 'name.full', 'description.short', 'description.full'].forEach(add);
  objectsIn(manifest.staticTabs).forEach((_, i) => add(`staticTabs[${i}].name`));
  objectsIn(manifest.bots).forEach((bot, b) =>
    objectsIn(bot.commandLists).forEach((list, l) =>
      objectsIn(list.commands).forEach((_, c) => {
        add(`bots[${b}].commandLists[${l}].commands[${c}].title`);
        add(`bots[${b}].commandLists[${l}].commands[${c}].description`);
      }),
    ),
  );
  objectsIn(manifest.composeExtensions).forEach((ext, e) =>
    objectsIn(ext.commands).forEach((command, c) => {
      const prefix = `composeExtensions[${e}].commands[${c}]`;
      add(`${prefix}.title`);
      add(`${prefix}.description`);
      objectsIn(command.parameters).forEach((_, p) => {
        add(`${prefix}.parameters[${p}].title`);
        add(`${prefix}.parameters[${p}].description`);
      });
    }),
  );
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Icons

export interface IconFiles {
  color: Buffer;
  outline: Buffer;
}

/** Teams' icon rules: colour 192×192 and not blank; outline 32×32, only white and transparent. */
export function checkIcons(icons: IconFiles): string[] {
  const problems: string[] = [];
  const color = decodePng(icons.color, 'color icon', problems);
  if (color) {
    if (color.width !== COLOR_ICON_SIZE || color.height !== COLOR_ICON_SIZE) {
      problems.push(`color icon must be 192×192, is ${color.width}×${color.height}`);
    }
    const distinct = new Set<number>();
    for (let i = 0; i < color.data.length && distinct.size < 3; i += 4) {
      if (color.data[i + 3] > 0) distinct.add(color.data.readUInt32BE(i));
    }
    if (distinct.size < 2) problems.push('color icon is blank (fewer than two visible colours)');
  }

  const outline = decodePng(icons.outline, 'outline icon', problems);
  if (outline) {
    if (outline.width !== OUTLINE_ICON_SIZE || outline.height !== OUTLINE_ICON_SIZE) {
      problems.push(`outline icon must be 32×32, is ${outline.width}×${outline.height}`);
    }
    let white = 0;
    let transparent = 0;
    let other = 0;
    const d = outline.data;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] === 0) transparent += 1;
      else if (d[i] === 255 && d[i + 1] === 255 && d[i + 2] === 255) white += 1;
      else other += 1;
    }
    if (other > 0) {
      problems.push(
        `outline icon has ${other} pixels that are neither white nor fully transparent`,
      );
    }
    if (white === 0) problems.push('outline icon has no white pixels');
    if (transparent === 0) problems.push('outline icon has no transparent pixels');
  }
  return problems;
}

/** Decodes a PNG to 8-bit RGBA. */
export function readPng(data: Buffer): { width: number; height: number; data: Buffer } {
  const png = PNG.sync.read(data);
  return { width: png.width, height: png.height, data: png.data };
}

function decodePng(
  data: Buffer,
  what: string,
  problems: string[],
): { width: number; height: number; data: Buffer } | undefined {
  try {
    return readPng(data);
  } catch (error) {
    problems.push(`${what} is not a readable PNG: ${error instanceof Error ? error.message : ''}`);
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Package

export interface PackageDirs {
  /** Folder with manifest.json, its localization files and icons. */
  manifestDir: string;
  /** Folder with `.env.<environment>` files. */
  envDir: string;
  /** Where the zip is written (created when absent). */
  outDir: string;
}

export function defaultDirs(projectRoot: string): PackageDirs {
  return {
    manifestDir: path.join(projectRoot, 'manifest'),
    envDir: path.join(projectRoot, 'env'),
    outDir: path.join(projectRoot, 'build'),
  };
}

/** Same bytes for the same inputs: entries get a fixed timestamp. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

function readIn(dir: string, file: string, problems: string[]): Buffer | undefined {
  const full = path.join(dir, file);
  if (file.includes('/') || file.includes('\\') || !existsSync(full)) {
    problems.push(`${file} is referenced by manifest.json but not found in ${dir}`);
    return undefined;
  }
  return readFileSync(full);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PackageError(`${file} is not valid JSON`, [
      error instanceof Error ? error.message : String(error),
    ]);
  }
}

/**
 * Fills the manifest files from `env/.env.<envName>`, validates them and the icons, and writes
 * `<outDir>/appPackage.<envName>.zip` with manifest.json, the localization files and both icons at
 * the zip root. Throws PackageError naming every missing variable or every validation problem.
 */
export async function buildPackage(envName: string, dirs: PackageDirs): Promise<string> {
  const vars = loadEnvironment(envName, dirs.envDir);
  const envFile = path.join(dirs.envDir, `.env.${envName}`);
  const manifestPath = path.join(dirs.manifestDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new PackageError(`Not found: ${manifestPath}`, []);

  const fill = (text: string): FillResult => fillPlaceholders(text, vars, escapeJsonString);
  const filledManifest = fill(readFileSync(manifestPath, 'utf8'));
  const manifest = parseJson(filledManifest.text, 'manifest.json');
  if (!isObject(manifest)) throw new PackageError('manifest.json must hold a JSON object', []);

  const fileProblems: string[] = [];
  const languageFiles = objectsIn(
    isObject(manifest.localizationInfo) ? manifest.localizationInfo.additionalLanguages : [],
  )
    .map((lang) => stringAt(lang, 'file'))
    .filter((file): file is string => file !== undefined);
  const defaultLanguageFile = stringAt(manifest.localizationInfo, 'defaultLanguageFile');
  if (defaultLanguageFile !== undefined) languageFiles.unshift(defaultLanguageFile);

  const texts = new Map<string, FillResult>([['manifest.json', filledManifest]]);
  for (const file of languageFiles) {
    const raw = readIn(dirs.manifestDir, file, fileProblems);
    if (raw) texts.set(file, fill(raw.toString('utf8')));
  }
  const iconNames = {
    color: stringAt(manifest.icons, 'color') ?? 'color.png',
    outline: stringAt(manifest.icons, 'outline') ?? 'outline.png',
  };
  const color = readIn(dirs.manifestDir, iconNames.color, fileProblems);
  const outline = readIn(dirs.manifestDir, iconNames.outline, fileProblems);

  const missing = [...new Set([...texts.values()].flatMap((t) => t.missing))].sort();
  if (missing.length > 0) {
    throw new PackageError(
      `Missing variable${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in ${envFile}`,
      missing.map((name) => {
        const usedIn = [...texts].filter(([, t]) => t.missing.includes(name)).map(([f]) => f);
        return `${name} is used in ${usedIn.join(', ')} but not set (or empty)`;
      }),
    );
  }

  const problems = [...fileProblems];
  for (const [file, filled] of texts) {
    const index = filled.text.indexOf('${{');
    if (index >= 0) {
      const near = filled.text.slice(index, index + 40).split('\n')[0];
      problems.push(`${file}: malformed placeholder near ${JSON.stringify(near)}`);
    }
  }
  problems.push(...validateManifest(manifest).map((p) => `manifest.json: ${p}`));
  for (const file of languageFiles) {
    const filled = texts.get(file);
    if (!filled) continue;
    const localization = parseJson(filled.text, file);
    problems.push(...validateLocalization(localization, manifest).map((p) => `${file}: ${p}`));
  }
  if (color && outline) problems.push(...checkIcons({ color, outline }));
  if (problems.length > 0) {
    throw new PackageError(`The app package for "${envName}" is not valid`, problems);
  }

  const zip = new JSZip();
  for (const [file, filled] of texts) zip.file(file, filled.text, { date: ZIP_DATE });
  if (color) zip.file(iconNames.color, color, { date: ZIP_DATE });
  if (outline) zip.file(iconNames.outline, outline, { date: ZIP_DATE });
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  mkdirSync(dirs.outDir, { recursive: true });
  const out = path.join(dirs.outDir, `appPackage.${envName}.zip`);
  writeFileSync(out, bytes);
  return out;
}
