import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { botEndpoint } from '../../scripts/playground';

// `npm run playground` finds the bot where `npm start` puts it: env/.env.local, then the real
// environment on top (as `tsx --env-file` reads them).

describe('the Playground endpoint', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'nara-pg-')), '.env.local');
  writeFileSync(file, 'HOST=127.0.0.1\nPORT=3978\n');

  it('is the address of env/.env.local', () => {
    expect(botEndpoint({}, file)).toBe('http://127.0.0.1:3978/api/messages');
  });

  it('follows PORT and HOST from the environment, as npm start does', () => {
    expect(botEndpoint({ PORT: '4100' }, file)).toBe('http://127.0.0.1:4100/api/messages');
    expect(botEndpoint({ HOST: '0.0.0.0', PORT: '4100' }, file)).toBe(
      'http://127.0.0.1:4100/api/messages',
    );
  });

  it('uses the repository env/.env.local by default', () => {
    expect(botEndpoint({})).toBe('http://127.0.0.1:3978/api/messages');
  });
});
