import { DirectoryClient } from '../../src/clients/directoryClient';
import { createLogger } from '../../src/log';
import { lookup } from '../../src/understanding/lexicon';
import { LexiconSource } from '../../src/understanding/lexiconSource';
import { loadDirectory } from '../../dev/reference-api/directoryData';
import { startDirectoryServer, type DirectoryServer } from '../e2e/directoryServer';

// The lexicon's background loads against a directory over HTTP whose full people list is slow,
// as a large one is: the timer's refresh and a turn's first load may be asked for together.

describe('LexiconSource', () => {
  let server: DirectoryServer;
  let source: LexiconSource;
  const fullListings = () => server.requests.filter((r) => /^\/v1\/people\?pageSize=/.test(r));

  beforeEach(async () => {
    server = await startDirectoryServer(loadDirectory(), { fullPeopleListDelayMs: 300 });
    const directory = new DirectoryClient({ baseUrl: server.url, apiKey: 'k', timeoutMs: 5_000 });
    source = new LexiconSource(directory, createLogger('silent'));
  });
  afterEach(() => server.close());

  it('runs one load when a turn and the timer ask for one at the same time', async () => {
    const [first, second, third] = await Promise.all([
      source.ensureLoaded(),
      source.refresh(),
      source.refresh(),
    ]);
    expect([first, second, third]).toEqual([true, true, true]);
    expect(fullListings()).toHaveLength(1);
    expect(lookup(source.current(), 'person', 'Åke Åkesson').status).toBe('found');
  });

  it('loads again when asked after the last load ended', async () => {
    await source.refresh();
    await source.refresh();
    expect(fullListings()).toHaveLength(2);
  });
});
