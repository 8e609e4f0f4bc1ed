import type { EmbeddedApis } from '../../src/app';
import { createReferenceApi } from './server';

/** The reference APIs inside the bot's process, on its database: `npm start` and the tests. */
export const embeddedReferenceApis: EmbeddedApis = (db, config) =>
  createReferenceApi({
    apiKey: config.REFERENCE_API_KEY ?? '',
    db,
    host: config.REFERENCE_API_HOST,
    port: config.REFERENCE_API_PORT,
  });
