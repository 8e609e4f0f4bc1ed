import type { DirectoryClient } from '../clients/directoryClient';
import type { Logger } from '../log';
import {
  buildLexicon,
  buildLexiconBetweenTurns,
  type Lexicon,
  type LexiconPerson,
} from './lexicon';

/** People per page of a refresh: each page's JSON and validation take 10–20 ms (about 1 MB). */
const PEOPLE_PAGE = 5_000;

/**
 * Keeps the current lexicon for understand(). The one place in understanding/ with I/O: it loads the
 * directory in the background, and turns always read the last good lexicon, never wait for a load.
 */
export class LexiconSource {
  private lexicon: Lexicon = buildLexicon({ units: [], people: [], groups: [] });
  private timer: NodeJS.Timeout | undefined;
  private loadedAt: Date | undefined;
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
   * True once a lexicon has loaded. If none has, tries now: on every turn that asks while none is
   * loaded (no back-off), one load shared by concurrent turns, so a directory that was down at
   * start is picked up by the first turn after it answers again. A turn waits at most waitMs
   * (the load itself stays bounded by the turn's budget through the directory client).
   */
  async ensureLoaded(waitMs = Infinity): Promise<boolean> {
    if (this.isLoaded) return true;
    const loading = this.refresh();
    if (!Number.isFinite(waitMs)) return loading;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), Math.max(0, waitMs));
    });
    try {
      return await Promise.race([loading, gaveUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Loads the directory and replaces the lexicon. One load at a time: a refresh asked for while
   * one runs (the timer's while a turn's first load is under way) shares it, so an older load can
   * never finish last and replace a newer lexicon, and the directory is read once, not twice.
   */
  refresh(): Promise<boolean> {
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async load(): Promise<boolean> {
    try {
      const [units, people, groups] = await Promise.all([
        this.directory.units(),
        this.allPeople(),
        this.directory.groups(),
      ]);
      const started = Date.now();
      // Between turns: at a country's size the build takes seconds (README, directory at scale).
      this.lexicon = await buildLexiconBetweenTurns({ units, people, groups });
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

  /** Everyone, as much of each as the lexicon reads: a country's directory whole (phones, contact
   * paths) would hold twice the lexicon's memory until the build is done. */
  private async allPeople(): Promise<LexiconPerson[]> {
    const people: LexiconPerson[] = [];
    for await (const page of this.directory.peoplePages(PEOPLE_PAGE)) {
      for (const { id, name, title, roles, unitId } of page) {
        people.push({ id, name, title, roles, unitId });
      }
    }
    return people;
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
