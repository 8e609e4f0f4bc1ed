import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import {
  PackageError,
  buildPackage,
  checkIcons,
  readPng,
  validateLocalization,
  validateManifest,
} from '../../dev/manifest/appPackage';
import { MANIFEST_DIR, TEST_VARS, makeWorkspace, type Workspace } from './helpers';

const PACKAGE_FILES = ['color.png', 'en-us.json', 'manifest.json', 'outline.png'];

function entry(zip: JSZip, name: string): JSZip.JSZipObject {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is not in the zip`);
  return file;
}

async function errorOf(promise: Promise<unknown>): Promise<PackageError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PackageError) return error;
    throw error;
  }
  throw new Error('expected the build to fail');
}

describe('buildPackage', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());

  it('writes build/appPackage.<env>.zip with exactly the four files, all filled and valid', async () => {
    ws = makeWorkspace('test', TEST_VARS);
    const out = await buildPackage('test', ws.dirs);
    expect(out).toBe(path.join(ws.root, 'build', 'appPackage.test.zip'));

    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(PACKAGE_FILES);

    const manifestText = await entry(zip, 'manifest.json').async('string');
    const englishText = await entry(zip, 'en-us.json').async('string');
    expect(manifestText).not.toContain('${{');
    expect(englishText).not.toContain('${{');
    const manifest: unknown = JSON.parse(manifestText);
    expect(validateManifest(manifest)).toEqual([]);
    expect(validateLocalization(JSON.parse(englishText), manifest)).toEqual([]);
    expect(manifestText).toContain(TEST_VARS.APP_ID);

    const color = readPng(await entry(zip, 'color.png').async('nodebuffer'));
    const outline = readPng(await entry(zip, 'outline.png').async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('builds the same bytes twice (reproducible)', async () => {
    ws = makeWorkspace('test', TEST_VARS);
    const first = readFileSync(await buildPackage('test', ws.dirs));
    const second = readFileSync(await buildPackage('test', ws.dirs));
    expect(second.equals(first)).toBe(true);
  });

  it('fails naming every missing variable, and writes nothing', async () => {
    const vars: Record<string, string> = { ...TEST_VARS, TAB_ENDPOINT: '' };
    delete vars.BOT_ID;
    delete vars.AAD_APP_CLIENT_ID;
    ws = makeWorkspace('test', vars);
    const error = await errorOf(buildPackage('test', ws.dirs));
    expect(error.message).toMatch(/Missing variables AAD_APP_CLIENT_ID, BOT_ID, TAB_ENDPOINT/);
    expect(error.problems).toHaveLength(3);
    expect(error.message).toMatch(/BOT_ID is used in manifest\.json/);
  });

  it('fails when the env file does not exist, naming it', async () => {
    ws = makeWorkspace('test', undefined);
    const error = await errorOf(buildPackage('test', ws.dirs));
    expect(error.message).toContain(path.join(ws.dirs.envDir, '.env.test'));
  });

  it('fails validation with readable errors for values the schema rejects', async () => {
    ws = makeWorkspace('test', { ...TEST_VARS, BOT_ID: 'my-bot', BOT_DOMAIN: 'localhost:3978' });
    const error = await errorOf(buildPackage('test', ws.dirs));
    expect(error.message).toMatch(/manifest\.json: \/bots\/0\/botId must match pattern/);
    expect(error.message).toMatch(/"my-bot"/);
    expect(error.message).toMatch(/validDomains\/0 must be a bare host name/);
  });

  it('fails for a broken manifest (garbage manifestVersion)', async () => {
    ws = makeWorkspace('test', TEST_VARS, true);
    const file = path.join(ws.dirs.manifestDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...manifest, manifestVersion: 'garbage' }));
    const error = await errorOf(buildPackage('test', ws.dirs));
    expect(error.message).toMatch(/manifest\.json: \/manifestVersion must be equal to constant/);
  });

  it('fails for a placeholder that is not well formed', async () => {
    ws = makeWorkspace('test', TEST_VARS, true);
    const file = path.join(ws.dirs.manifestDir, 'en-us.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Overview', 'Overview ${{ BOT-ID }}'));
    const error = await errorOf(buildPackage('test', ws.dirs));
    expect(error.message).toMatch(/en-us\.json: malformed placeholder/);
  });

  it('fails when an icon is missing or wrong', async () => {
    ws = makeWorkspace('test', TEST_VARS, true);
    const small = new PNG({ width: 16, height: 16 });
    writeFileSync(path.join(ws.dirs.manifestDir, 'color.png'), PNG.sync.write(small));
    const error = await errorOf(buildPackage('test', ws.dirs));
    expect(error.message).toMatch(/color icon must be 192×192, is 16×16/);
  });
});

describe('the committed icons', () => {
  const color = readFileSync(path.join(MANIFEST_DIR, 'color.png'));
  const outline = readFileSync(path.join(MANIFEST_DIR, 'outline.png'));

  it('pass the icon checks', () => {
    expect(checkIcons({ color, outline })).toEqual([]);
  });

  it('outline: only white or fully transparent pixels, and some of each', () => {
    const { data } = readPng(outline);
    let white = 0;
    let transparent = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) transparent += 1;
      else {
        expect([data[i], data[i + 1], data[i + 2]]).toEqual([255, 255, 255]);
        white += 1;
      }
    }
    expect(white).toBeGreaterThan(32 * 32 * 0.1);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
  });

  it('color: opaque, with a clear mark on the background', () => {
    const { data } = readPng(color);
    const colours = new Set<number>();
    let light = 0;
    for (let i = 0; i < data.length; i += 4) {
      expect(data[i + 3]).toBe(255);
      colours.add(data.readUInt32BE(i));
      if (data[i] > 230 && data[i + 1] > 230 && data[i + 2] > 230) light += 1;
    }
    expect(colours.size).toBeGreaterThan(50);
    expect(light / (192 * 192)).toBeGreaterThan(0.05);
    expect(light / (192 * 192)).toBeLessThan(0.5);
  });

  it('checkIcons rejects a blank colour icon and a coloured outline', () => {
    const blank = new PNG({ width: 192, height: 192 });
    blank.data.fill(255);
    const red = new PNG({ width: 32, height: 32 });
    for (let i = 0; i < red.data.length; i += 4) red.data.set([255, 0, 0, 255], i);
    const problems = checkIcons({ color: PNG.sync.write(blank), outline: PNG.sync.write(red) });
    expect(problems.join('\n')).toMatch(/color icon is blank/);
    expect(problems.join('\n')).toMatch(/neither white nor fully transparent/);
    expect(problems.join('\n')).toMatch(/no transparent pixels/);
  });
});
