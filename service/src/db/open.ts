import type { ServiceConfig } from '../config.js';
import type { Database } from './database.js';

/** PostgreSQL when `DATABASE_URL` is set, otherwise PGlite in `DATA_DIR`. */
export async function openDatabase(
  config: Pick<ServiceConfig, 'databaseUrl' | 'dataDir' | 'poolSize'>,
): Promise<Database> {
  if (config.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(config.databaseUrl, config.poolSize);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(config.dataDir);
}

/** Where the data lives, for the start-up line (no password). */
export function describeDatabase(config: Pick<ServiceConfig, 'databaseUrl' | 'dataDir'>): string {
  if (!config.databaseUrl) return `PGlite (embedded) in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}
