import { LRUCache } from 'lru-cache';

/** How often each group was asked about since start: "most-asked" for the message extension. */
export class AskCounts {
  private readonly counts = new LRUCache<string, number>({ max: 1_000 });

  record(id: string): void {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }

  /** Ids ordered by how often they were asked, most first. */
  top(n: number): string[] {
    return [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([id]) => id);
  }
}
