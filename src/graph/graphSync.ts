import type { DirectoryClient } from '../clients/directoryClient';
import type { Logger } from '../log';
import { ContactRegister } from '../register/contactRegister';
import type { Database, Executor } from '../state/database';
import { DeltaResyncError, GraphClient } from './graphClient';
import { GraphSyncState } from './graphSyncState';
import {
  GRAPH_SOURCE,
  graphFact,
  graphValues,
  sameValue,
  type GraphUser,
  type GraphValue,
} from './graphUser';

// One run of the Graph sync: read /users/delta page by page until its deltaLink (from the last
// round's deltaLink when there is one: changes only), and keep the contact register's Graph facts
// equal to what Graph says for the directory's people. Graph holds the whole tenant; the directory
// decides who is a contact: users it does not list (by aadObjectId) are skipped and nothing of
// them is kept, and test users are never matched. Facts of other sources are never touched.
// Every page is applied in its own transaction and the deltaLink is stored only at the end, so a
// run that stops half-way is simply repeated (every write is idempotent).

export type GraphSyncReport = {
  outcome: 'done' | 'busy' | 'failed';
  mode?: 'full' | 'delta';
  pages: number;
  /** Graph users read (changes only, in a delta round). */
  users: number;
  /** Of them, directory people. */
  matched: number;
  added: number;
  removed: number;
  unchanged: number;
  /** Values that were no phone number or e-mail address (not recorded). */
  invalid: number;
  /** Times Graph said the delta token had expired (410) and the round started over. */
  resyncs: number;
  error?: string;
};

export type GraphSyncOptions = {
  db: Database;
  directory: Pick<DirectoryClient, 'peoplePages'>;
  graph: GraphClient;
  log: Logger;
  clock: () => Date;
  instanceId: string;
  /** How long the lease holds without renewal (renewed after every page). */
  leaseMs?: number;
  /** People per page of the directory read (PEOPLE_PAGE). */
  peoplePageSize?: number;
};

class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
}

class StoppedError extends Error {
  override readonly name = 'StoppedError';
}

/** People per page of the directory read: a country's directory in one answer would be 300 MB. */
const PEOPLE_PAGE = 5_000;

/** Directory people by Graph user id (= aadObjectId, lower case), test users left out. */
async function matchTable(
  directory: GraphSyncOptions['directory'],
  pageSize = PEOPLE_PAGE,
): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>();
  for await (const page of directory.peoplePages(pageSize)) {
    for (const p of page) {
      if (p.synthetic || !p.aadObjectId) continue;
      const key = p.aadObjectId.toLowerCase();
      byId.set(key, [...(byId.get(key) ?? []), p.id]);
    }
  }
  return byId;
}

/** An error as a log may hold it: its kind, an HTTP status and Graph's or Entra's code. */
function describe(error: unknown): string {
  const e = error as { name?: string; status?: number; code?: string };
  return [e.name ?? 'Error', e.status, e.code].filter((x) => x !== undefined).join(' ');
}

const emptyReport = (): GraphSyncReport => ({
  outcome: 'done',
  pages: 0,
  users: 0,
  matched: 0,
  added: 0,
  removed: 0,
  unchanged: 0,
  invalid: 0,
  resyncs: 0,
});

export class GraphSync {
  private readonly state: GraphSyncState;
  private readonly leaseMs: number;
  private stopped = false;

  constructor(private readonly o: GraphSyncOptions) {
    this.state = new GraphSyncState(o.db);
    this.leaseMs = o.leaseMs ?? 5 * 60_000;
  }

  /** Shutdown: a run in progress ends after its current page (and stores no deltaLink). */
  stop(): void {
    this.stopped = true;
  }

  async run(): Promise<GraphSyncReport> {
    const report = emptyReport();
    const started = Date.now();
    const owner = this.o.instanceId;
    const start = await this.state.claim(owner, this.o.clock(), this.leaseMs);
    if (!start) {
      report.outcome = 'busy';
      this.log(report, started);
      return report;
    }
    try {
      const matched = await matchTable(this.o.directory, this.o.peoplePageSize);
      const covered = [...matched].flatMap(([aad, ids]) => ids.map((id) => `${id}:${aad}`)).sort();
      // Someone the directory matched since the last round was never read: read everyone again.
      // A deltaLink of another base URL (GRAPH_BASE_URL changed) is not followed.
      const known = new Set(start.covered);
      const deltaLink =
        start.deltaLink && this.o.graph.owns(start.deltaLink) ? start.deltaLink : undefined;
      const fresh = !deltaLink || covered.some((c) => !known.has(c));
      let round: { deltaLink: string; seen: Set<string> };
      try {
        report.mode = fresh ? 'full' : 'delta';
        round = await this.round(fresh ? GraphClient.initialDeltaPath() : deltaLink, {
          matched,
          report,
        });
      } catch (error) {
        if (!(error instanceof DeltaResyncError) || report.mode === 'full') throw error;
        report.resyncs++;
        report.mode = 'full';
        round = await this.round(GraphClient.initialDeltaPath(), { matched, report });
      }
      const mode = report.mode;
      const now = this.o.clock();
      const keep = [...matched.values()].flat();
      await this.o.db.transaction(async (tx) => {
        const register = new ContactRegister(tx, { now: () => now });
        if (mode === 'full') {
          // A full round lists every user: a matched person it did not list has no Graph user.
          for (const id of keep.filter((id) => !round.seen.has(id))) {
            await this.applyValues(tx, id, [], report, now);
          }
        }
        report.removed += await register.removeSourceExcept(GRAPH_SOURCE, keep);
        await register.markSourceChecked(GRAPH_SOURCE, now);
        const ours = await new GraphSyncState(tx).complete(
          owner,
          { deltaLink: round.deltaLink, covered },
          now,
        );
        if (!ours) throw new LeaseLostError('lease lost');
      });
    } catch (error) {
      report.outcome = 'failed';
      report.error = describe(error);
      await this.state.release(owner).catch(() => undefined);
    }
    this.log(report, started);
    return report;
  }

  /** Pages from `link` until Graph gives a deltaLink; returns it and who was seen. */
  private async round(
    link: string,
    ctx: { matched: Map<string, string[]>; report: GraphSyncReport },
  ): Promise<{ deltaLink: string; seen: Set<string> }> {
    const seen = new Set<string>();
    for (let next = link; ;) {
      const page = await this.o.graph.deltaPage(next);
      ctx.report.pages++;
      const now = this.o.clock();
      await this.o.db.transaction(async (tx) => {
        for (const user of page.value) await this.applyUser(tx, user, ctx, seen, now);
      });
      if (this.stopped) throw new StoppedError('shutting down');
      if (!(await this.state.renew(this.o.instanceId, this.o.clock(), this.leaseMs))) {
        throw new LeaseLostError('lease lost');
      }
      if (page['@odata.nextLink']) next = page['@odata.nextLink'];
      else if (page['@odata.deltaLink']) return { deltaLink: page['@odata.deltaLink'], seen };
      else throw new DeltaResyncError('a delta page without nextLink or deltaLink');
    }
  }

  private async applyUser(
    tx: Executor,
    user: GraphUser,
    ctx: { matched: Map<string, string[]>; report: GraphSyncReport },
    seen: Set<string>,
    now: Date,
  ): Promise<void> {
    ctx.report.users++;
    const personIds = ctx.matched.get(user.id.toLowerCase());
    if (!personIds) return;
    ctx.report.matched++;
    const { values, invalid } = graphValues(user);
    ctx.report.invalid += invalid;
    for (const id of personIds) {
      seen.add(id);
      await this.applyValues(tx, id, values, ctx.report, now);
    }
  }

  /** Makes the person's Graph facts exactly `values`: a changed value replaces the old fact. */
  private async applyValues(
    tx: Executor,
    personId: string,
    values: GraphValue[],
    report: GraphSyncReport,
    now: Date,
  ): Promise<void> {
    const register = new ContactRegister(tx, { now: () => now });
    const existing = (await register.pathsFor({ kind: 'person', id: personId })).filter(
      (p) => p.label === '' && p.value !== undefined,
    );
    const asValue = (p: (typeof existing)[number]): GraphValue => ({
      kind: p.kind,
      value: p.value!,
    });
    for (const old of existing.filter((p) => p.source === GRAPH_SOURCE)) {
      if (values.some((v) => sameValue(v, asValue(old)))) continue;
      await register.remove(old.id);
      report.removed++;
    }
    for (const v of values) {
      // Already a fact, from Graph or from another source (which keeps its own provenance).
      if (existing.some((p) => sameValue(v, asValue(p)))) {
        report.unchanged++;
        continue;
      }
      await register.upsert(graphFact(personId, v), { addedBy: GRAPH_SOURCE });
      report.added++;
    }
  }

  /** Counts only: never a name, number or user id. */
  private log(report: GraphSyncReport, started: number): void {
    const line = { event: 'graphSync', ...report, ms: Date.now() - started };
    if (report.outcome === 'failed') this.o.log.warn(line, 'Graph sync failed');
    else this.o.log.info(line, 'Graph sync');
  }
}
