import type { DirectoryClient } from '../clients/directoryClient';
import type { Logger } from '../log';
import { buildLexicon, type Lexicon } from './lexicon';

/**
 * Keeps the current lexicon for understand(). The one place in understanding/ with I/O: it loads the
 * directory in the background, and turns always read the last good lexicon, never wait for a load.
 */
export class LexiconSource {
  private lexicon: Lexicon = buildLexicon({ units: [], people: [], groups: [] });
  private timer: NodeJS.Timeout | undefined;
  private loadedAt: Date | undefined;
  private lastAttempt = 0;
  private loading: Promise<boolean> | undefined;

  constructor(
    private readonly directory: DirectoryClient,
    private readonly log: Logger,
  ) {}

  readonly current = (): Lexicon => this.lexicon;

  get isLoaded(): boolean {
    return this.loadedAt !== undefined;
  }

  /**
   * True once a lexicon has loaded. If none has, tries now (at most every 30 s, shared between
   * concurrent turns), so a directory that was down at start is picked up as soon as it answers.
   */
  async ensureLoaded(): Promise<boolean> {
    if (this.isLoaded) return true;
    if (!this.loading && Date.now() - this.lastAttempt > 30_000) {
      this.loading = this.refresh().finally(() => (this.loading = undefined));
    }
    return (await this.loading) ?? false;
  }

  async refresh(): Promise<boolean> {
    this.lastAttempt = Date.now();
    try {
      const [units, people, groups] = await Promise.all([
        this.directory.units(),
        this.directory.people(),
        this.directory.groups(),
      ]);
      const started = Date.now();
      this.lexicon = buildLexicon({ units, people, groups });
      this.loadedAt = new Date();
      this.log.info(
        {
          event: 'lexicon',
          units: units.length,
          people: people.length,
          groups: groups.length,
          ms: Date.now() - started,
        },
        'lexicon loaded',
      );
      return true;
    } catch (error) {
      this.log.warn(
        { event: 'lexicon', errorType: (error as Error).name },
        'lexicon refresh failed; keeping the last one',
      );
      return false;
    }
  }

  /** Refreshes on an interval; after a failed load, tries again sooner. */
  start(intervalMs: number): void {
    const schedule = (ms: number) => {
      this.timer = setTimeout(async () => {
        const ok = await this.refresh();
        schedule(ok ? intervalMs : Math.min(30_000, intervalMs));
      }, ms);
      this.timer.unref();
    };
    schedule(this.isLoaded ? intervalMs : Math.min(30_000, intervalMs));
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
