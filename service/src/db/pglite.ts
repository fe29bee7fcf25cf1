import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims `dataDir` for this process: two processes on one PGlite folder would
 * corrupt it. A claim left by a process that died is taken over.
 */
async function claimFolder(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(dataDir, 'cap-consent-service.pid');
  for (;;) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(lockFile, 'utf8').catch(() => ''));
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new Error(`${dataDir} is in use by process ${owner} (PGlite allows one process); stop it first`);
      }
      await rm(lockFile, { force: true });
    }
  }
}

/** Embedded PostgreSQL (WASM) in `dataDir`, or in memory for `memory://`. */
export async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) await mkdir(dataDir, { recursive: true });
  const release = inMemory ? async () => {} : await claimFolder(dataDir);
  const db = await PGlite.create(dataDir).catch(async (error: unknown) => {
    await release();
    throw error;
  });

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
    async close() {
      await db.close();
      await release();
    },
  };
}
