import path from 'node:path';
import type { Storage } from 'botbuilder';
import { FileStorage } from './fileStorage';

/** botbuilder's Storage (read/write/delete with eTags) plus listing by key prefix. */
export type AppStorage = Storage & { keys(prefix?: string): Promise<string[]> };

/** The file store under DATA_DIR; the interface lets a scale-out deployment use blob storage. */
export function createStorage(dataDir: string): AppStorage {
  return new FileStorage(path.join(dataDir, 'state'));
}
