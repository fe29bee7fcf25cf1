import type { Database } from './database.js';

/** Serialises partition DDL across instances (CREATE … IF NOT EXISTS still races). */
const PARTITION_LOCK = 7_314_002;
/** Months made ahead at start and every hour, so inserts rarely find none. */
const MONTHS_AHEAD = 2;

/** First instant of the UTC month `offset` months after the month of `at`. */
export function monthStart(at: Date, offset = 0): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1));
}

function partitionName(month: Date): string {
  return `receipts_y${month.getUTCFullYear()}m${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Makes the partition holding `at`'s month unless it exists. */
export async function ensurePartition(db: Database, at: Date): Promise<void> {
  const from = monthStart(at);
  const to = monthStart(at, 1);
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
    await tx.exec(
      `create table if not exists ${partitionName(from)} partition of receipts
       for values from ('${from.toISOString()}') to ('${to.toISOString()}')`,
    );
  });
}

/** The month before `now` (late receipts) up to MONTHS_AHEAD months after it. */
export async function ensureCurrentPartitions(db: Database, now = new Date()): Promise<void> {
  for (let offset = -1; offset <= MONTHS_AHEAD; offset++) await ensurePartition(db, monthStart(now, offset));
}

/** The earliest decision time kept when `retentionMonths` whole months are kept besides the current one. */
export function retentionCutoff(retentionMonths: number, now = new Date()): Date | undefined {
  return retentionMonths > 0 ? monthStart(now, -retentionMonths) : undefined;
}

/** Drops every receipts partition that ends at or before the retention cutoff. Returns their names. */
export async function dropExpiredPartitions(
  db: Database,
  retentionMonths: number,
  now = new Date(),
): Promise<string[]> {
  const cutoff = retentionCutoff(retentionMonths, now);
  if (!cutoff) return [];
  const partitions = await db.query<{ name: string }>(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
     where i.inhparent = 'receipts'::regclass order by 1`,
  );
  const expired = partitions
    .map(({ name }) => name)
    .filter((name) => {
      const match = /^receipts_y(\d{4})m(\d{2})$/.exec(name);
      return match !== null && Date.UTC(Number(match[1]), Number(match[2]), 1) <= cutoff.getTime();
    });
  for (const name of expired) {
    await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
      await tx.exec(`drop table if exists ${name}`);
    });
  }
  return expired;
}

/** True when PostgreSQL refused a row because no partition holds its month. */
export function isMissingPartition(error: unknown): boolean {
  return (
    (error as { code?: unknown } | null)?.code === '23514' && /no partition/i.test(String((error as Error).message))
  );
}
