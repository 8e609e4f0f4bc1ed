import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App, type AppOptions } from '../../src/app';
import { loadConfig } from '../../src/config';
import { embeddedReferenceApis } from '../../dev/reference-api/embeddedApis';
import { templateBlob, testDatabase } from '../support/pgliteTemplate';
import { startConnector, type Connector, type Sent } from './connector';

// Starts the real app on free ports with a recording connector, as a test fixture.

export type Harness = {
  app: App;
  connector: Connector;
  dataDir: string;
  /** POSTs an activity to /api/messages; returns the HTTP status and what the bot sent meanwhile. */
  post: (
    activity: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; sent: Sent[]; body: unknown }>;
  close: () => Promise<void>;
};

export async function startHarness(
  env: Record<string, string> = {},
  options: AppOptions = {},
  /** The app to start: the source by default; the bench passes the production build's. */
  make: typeof createApp = createApp,
): Promise<Harness> {
  const connector = await startConnector();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nara-e2e-'));
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    REFERENCE_API_PORT: '0',
    REFERENCE_API_KEY: 'e2e-reference-key',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    ...env,
  });
  // A test that names its DATA_DIR restarts on it (a folder); the others get a database in memory.
  const database = env.DATA_DIR || env.DATABASE_URL ? undefined : await testDatabase();
  const app = await make(config, {
    pgliteTemplate: templateBlob(),
    database,
    embeddedApis: embeddedReferenceApis,
    ...options,
  }).catch(async (error: unknown) => {
    // A start that fails (a test of just that) must not leave the connector listening.
    await connector.close();
    await database?.close();
    throw error;
  });
  return {
    app,
    connector,
    dataDir,
    post: async (activity, headers = {}) => {
      const before = connector.sent.length;
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const body = await res.text();
      return {
        status: res.status,
        sent: connector.sent.slice(before),
        body: body ? JSON.parse(body) : undefined,
      };
    },
    // The connector closes even when the app's close fails (or ran already): a server left
    // listening keeps jest from exiting.
    close: async () => {
      try {
        await app.close();
      } finally {
        await connector.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

export type CardJson = { body?: unknown[]; actions?: unknown[]; [key: string]: unknown };

/** The Adaptive Cards in what the bot sent. */
export function cardsOf(sent: Sent[]): CardJson[] {
  return sent.flatMap((s) =>
    (s.activity.attachments ?? [])
      .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((a) => a.content as CardJson),
  );
}

/** All visible text of a card (TextBlocks, facts, titles), for asserting what a user would read. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'value', 'altText']) {
        if (typeof o[key] === 'string') out.push(o[key] as string);
      }
      Object.entries(o).forEach(([k, v]) => k !== 'data' && walk(v));
    }
  };
  walk(card);
  return out.join('\n');
}

/** All Action.Submit / imBack / OpenUrl actions of a card. */
export function actionsOf(
  card: unknown,
): { type: string; title?: string; url?: string; data?: unknown }[] {
  const out: { type: string; title?: string; url?: string; data?: unknown }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Action.')) {
        out.push({ type: o.type, title: o.title as string, url: o.url as string, data: o.data });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}
