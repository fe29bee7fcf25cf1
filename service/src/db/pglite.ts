import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/** Embedded PostgreSQL (WASM) in `dataDir`, or in memory for `memory://`. */
export async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);

  const on = (client: PGlite | Transaction): Queryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await client.query<Row>(text, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await client.exec(sql);
    },
  });

  return {
    engine: 'pglite',
    ...on(db),
    transaction: (work) => db.transaction((tx) => work(on(tx))),
    close: () => db.close(),
  };
}
