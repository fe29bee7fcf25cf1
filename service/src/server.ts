import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { ServiceConfig } from './config.js';
import { isDatabaseUnavailable, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { describeDatabase, openDatabase } from './db/open.js';
import { dropExpiredPartitions, ensureCurrentPartitions } from './db/partitions.js';

const MAINTENANCE_EVERY_MS = 60 * 60 * 1000;
const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 10_000;

export interface RunningService {
  readonly app: FastifyInstance;
  readonly db: Database;
  readonly url: string;
  stop(): Promise<void>;
}

/** Partitions ahead, old ones dropped: at start and every hour. */
async function maintain(db: Database, config: ServiceConfig): Promise<void> {
  await ensureCurrentPartitions(db);
  const dropped = await dropExpiredPartitions(db, config.retentionMonths);
  if (dropped.length > 0) console.log(`cap-consent-service: dropped expired receipts partitions ${dropped.join(', ')}`);
}

/** Migrates, retrying while the database is not there yet (containers start in any order). */
async function prepare(db: Database, config: ServiceConfig): Promise<void> {
  for (let delay = FIRST_RETRY_MS; ; delay = Math.min(LONGEST_RETRY_MS, delay * 2)) {
    try {
      await migrate(db);
      await maintain(db, config);
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.warn(`cap-consent-service: database unavailable (${String(error)}); retrying`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Opens the database, migrates, and listens on HOST:PORT. */
export async function startService(config: ServiceConfig): Promise<RunningService> {
  const db = await openDatabase(config);
  await prepare(db, config);
  const app = await buildApp(db, config);
  const timer = setInterval(() => {
    maintain(db, config).catch((error) =>
      app.log.warn({ err: error }, 'partition maintenance failed; retried in an hour'),
    );
  }, MAINTENANCE_EVERY_MS);
  timer.unref();
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  console.log(`cap-consent-service: ${describeDatabase(config)}; listening on ${url}`);
  return {
    app,
    db,
    url,
    async stop() {
      clearInterval(timer);
      await app.close();
      await db.close();
    },
  };
}
