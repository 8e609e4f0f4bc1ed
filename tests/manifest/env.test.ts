import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  PackageError,
  escapeJsonString,
  fillPlaceholders,
  listPlaceholders,
  loadEnvironment,
  parseEnv,
  readEnvFile,
} from '../../dev/manifest/appPackage';
import { makeWorkspace } from './helpers';

describe('fillPlaceholders', () => {
  it('fills every placeholder, also with inner spaces', () => {
    const result = fillPlaceholders('a ${{X}} b ${{ Y }} c ${{X}}', { X: '1', Y: '2' });
    expect(result).toEqual({ text: 'a 1 b 2 c 1', missing: [] });
  });

  it('names every missing or empty variable once, sorted, and leaves them in place', () => {
    const result = fillPlaceholders('${{B}} ${{A}} ${{B}} ${{C}} ${{D}}', { C: 'c', D: '  ' });
    expect(result.missing).toEqual(['A', 'B', 'D']);
    expect(result.text).toBe('${{B}} ${{A}} ${{B}} c ${{D}}');
  });

  it('does not look at inherited properties', () => {
    expect(fillPlaceholders('${{toString}}', {}).missing).toEqual(['toString']);
  });

  it('escapes values for JSON strings when asked', () => {
    const { text } = fillPlaceholders('{"v":"${{V}}"}', { V: 'a"b\\c' }, escapeJsonString);
    expect(JSON.parse(text)).toEqual({ v: 'a"b\\c' });
  });

  it('lists the placeholders of a text', () => {
    expect(listPlaceholders('${{B}} ${{A}} ${{ B }} $X {{C}}')).toEqual(['A', 'B']);
  });
});

describe('env files', () => {
  it('parses KEY=VALUE lines, comments, quotes and export', () => {
    const vars = parseEnv(
      [
        '# comment',
        '',
        'A=1',
        '  B = two words  ',
        'export C=3',
        'D="quoted # not a comment"',
        "E='single'",
        'F=value # inline comment',
        'G=',
        'H=a=b',
      ].join('\n'),
    );
    expect(vars).toEqual({
      A: '1',
      B: 'two words',
      C: '3',
      D: 'quoted # not a comment',
      E: 'single',
      F: 'value',
      G: '',
      H: 'a=b',
    });
  });

  it('rejects a line that is not KEY=VALUE, naming the line', () => {
    expect(() => parseEnv('A=1\nnonsense here', 'x.env')).toThrow(/x\.env[\s\S]*line 2/);
  });

  it('reports a missing env file by path', () => {
    expect(() => readEnvFile('/nonexistent/.env.local')).toThrow(PackageError);
    expect(() => readEnvFile('/nonexistent/.env.local')).toThrow(/\/nonexistent\/\.env\.local/);
  });

  it('overlays .env.<name>.user and never reads process.env', () => {
    const ws = makeWorkspace('dev', { A: 'base', B: 'base' });
    const previous = process.env.C;
    try {
      writeFileSync(path.join(ws.dirs.envDir, '.env.dev.user'), 'B=user\n');
      process.env.C = 'from-process';
      expect(loadEnvironment('dev', ws.dirs.envDir)).toEqual({ A: 'base', B: 'user' });
    } finally {
      if (previous === undefined) delete process.env.C;
      else process.env.C = previous;
      ws.cleanup();
    }
  });

  it('refuses environment names that could leave the env folder', () => {
    expect(() => loadEnvironment('../secrets', '/tmp')).toThrow(/Invalid environment name/);
  });
});
