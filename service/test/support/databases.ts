import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The engine this run of the suite tests: PGlite, or the PostgreSQL server of TEST_ADMIN_URL. */
export const ENGINE: 'pglite' | 'postgresql' = process.env.TEST_ENGINE === 'postgresql' ? 'postgresql' : 'pglite';
const ADMIN_URL = process.env.TEST_ADMIN_URL;
const PREFIX = process.env.TEST_DB_PREFIX ?? 'cc_test_';

export interface TestDatabase {
  /** DATABASE_URL for the service, or undefined on PGlite. */
  readonly databaseUrl: string | undefined;
  /** DATA_DIR for PGlite. */
  readonly dataDir: string;
  drop(): Promise<void>;
}

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty PostgreSQL database named PREFIX + random on `adminUrl`'s server; its URL. */
export async function createDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${PREFIX}${randomBytes(6).toString('hex')}`;
  await onServer(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      onServer(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

/** A fresh database for one test file on this run's engine; `dataDir` on PGlite (a folder or memory://). */
export async function freshDatabase(dataDir = 'memory://'): Promise<TestDatabase> {
  if (ENGINE === 'pglite') return { databaseUrl: undefined, dataDir, drop: async () => {} };
  if (!ADMIN_URL) throw new Error('TEST_ENGINE=postgresql needs TEST_ADMIN_URL');
  const { url, drop } = await createDatabase(ADMIN_URL);
  return { databaseUrl: url, dataDir, drop };
}
