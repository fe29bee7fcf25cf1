import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SERVICE_DIR } from '../config.js';
import type { Database } from './database.js';

const MIGRATIONS_DIR = path.join(SERVICE_DIR, 'migrations');
/** Any fixed number; instances starting together wait on it instead of racing. */
const MIGRATION_LOCK = 7_314_001;

/**
 * Applies the numbered `migrations/NNN_name.sql` files not yet recorded in
 * `schema_migrations`, in order, in one transaction. Returns the versions applied.
 */
export async function migrate(db: Database): Promise<number[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((name) => /^\d+_[\w-]+\.sql$/.test(name)).sort();
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`create table if not exists schema_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const rows = await tx.query<{ version: number }>('select version from schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const done: number[] = [];
    for (const name of files) {
      const version = Number.parseInt(name, 10);
      if (applied.has(version)) continue;
      await tx.exec(await readFile(path.join(MIGRATIONS_DIR, name), 'utf8'));
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [version, name]);
      done.push(version);
    }
    return done;
  });
}
