import pg from 'pg';
import type { Database, Queryable } from './database.js';

const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `s${statementNames.size}`));
  return name;
}

/** PostgreSQL through a pool of `pg` connections. */
export function openPostgres(connectionString: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle connection dies when the server restarts; the pool replaces it on the next query.
  pool.on('error', () => {});

  const on = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      // Named, so each connection parses and plans a statement once (receipts arrive by the thousand).
      return (await client.query({ name: statementName(text), text, values: params as unknown[] })).rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });

  return {
    engine: 'postgresql',
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
