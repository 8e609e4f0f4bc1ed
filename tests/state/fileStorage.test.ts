import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EtagConflictError, FileStorage } from '../../src/state/fileStorage';

describe('FileStorage', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'nara-store-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('survives a new instance (restart) and deletes', async () => {
    await new FileStorage(dir).write({ 'user/abc': { unitId: 'hc-gripen' } });
    const again = new FileStorage(dir);
    const items = await again.read(['user/abc', 'missing']);
    expect(items['user/abc'].unitId).toBe('hc-gripen');
    expect(items.missing).toBeUndefined();
    expect(await again.keys('user/')).toEqual(['user/abc']);
    await again.delete(['user/abc']);
    expect(await again.read(['user/abc'])).toEqual({});
  });

  it('rejects a write with a stale eTag, across instances', async () => {
    const a = new FileStorage(dir);
    const b = new FileStorage(dir);
    await a.write({ claim: { n: 1 } });
    const seenByA = (await a.read(['claim'])).claim;
    const seenByB = (await b.read(['claim'])).claim;
    await a.write({ claim: { ...seenByA, n: 2 } });
    await expect(b.write({ claim: { ...seenByB, n: 3 } })).rejects.toBeInstanceOf(
      EtagConflictError,
    );
    expect((await b.read(['claim'])).claim.n).toBe(2);
  });

  it('lets exactly one of many concurrent claims with the same eTag win', async () => {
    const stores = Array.from({ length: 8 }, () => new FileStorage(dir));
    await stores[0].write({ due: { claimedBy: null } });
    const seen = await Promise.all(stores.map((s) => s.read(['due'])));
    const results = await Promise.allSettled(
      stores.map((s, i) => s.write({ due: { ...seen[i].due, claimedBy: i } })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it("a write with eTag '*' or none always wins", async () => {
    const s = new FileStorage(dir);
    await s.write({ k: { v: 1 } });
    await s.write({ k: { v: 2, eTag: '*' } });
    expect((await s.read(['k'])).k.v).toBe(2);
  });
});
