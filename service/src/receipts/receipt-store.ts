import type { Database } from '../db/database.js';
import { ensurePartition, isMissingPartition } from '../db/partitions.js';
import type { ReceiptBody } from './receipt-body.js';

/** Rollup slots per day and host; see the daily_rollup table. */
const ROLLUP_SLOTS = 64;

// One statement, so one transaction: the rollup counts the receipt only when the insert stored it.
const STORE_RECEIPT = `
with stored as (
  insert into receipts (consent_id, decided_at, statistics, marketing, policy_version, policy_url,
                        language, page_host, page_path, user_agent)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  on conflict (consent_id, decided_at) do nothing
  returning statistics, marketing
), counted as (
  insert into daily_rollup (day, host, slot, decisions, statistics, marketing, necessary_only)
  select $11::date, $8, $12, 1, statistics::int, marketing::int, (not statistics and not marketing)::int from stored
  on conflict (day, host, slot) do update set
    decisions = daily_rollup.decisions + 1,
    statistics = daily_rollup.statistics + excluded.statistics,
    marketing = daily_rollup.marketing + excluded.marketing,
    necessary_only = daily_rollup.necessary_only + excluded.necessary_only
  returning 1
)
select count(*)::int as stored from stored`;

/** Stores `receipt` once; false when the same consent id and timestamp were already stored. */
export async function storeReceipt(db: Database, receipt: ReceiptBody): Promise<boolean> {
  const page = new URL(receipt.pageUrl);
  const params = [
    receipt.consentId,
    receipt.timestamp,
    receipt.decision.statistics,
    receipt.decision.marketing,
    receipt.policyVersion,
    receipt.policyUrl,
    receipt.language,
    page.host,
    page.pathname,
    receipt.userAgent,
    receipt.timestamp.slice(0, 10),
    Number.parseInt(receipt.consentId.slice(-2), 16) % ROLLUP_SLOTS,
  ];
  const insert = async () => (await db.query<{ stored: number }>(STORE_RECEIPT, params))[0]!.stored === 1;
  try {
    return await insert();
  } catch (error) {
    if (!isMissingPartition(error)) throw error;
    await ensurePartition(db, new Date(receipt.timestamp));
    return insert();
  }
}

/** One stored decision as the API shows it. */
export interface StoredReceipt {
  consentId: string;
  timestamp: string;
  decision: { necessary: true; statistics: boolean; marketing: boolean };
  policyVersion: string;
  policyUrl: string;
  language: string;
  pageHost: string;
  pagePath: string;
  userAgent: string;
  receivedAt: string;
}

export interface ReceiptRow {
  consent_id: string;
  decided_at: Date;
  statistics: boolean;
  marketing: boolean;
  policy_version: string;
  policy_url: string;
  language: string;
  page_host: string;
  page_path: string;
  user_agent: string;
  received_at: Date;
}

export const RECEIPT_COLUMNS =
  'consent_id, decided_at, statistics, marketing, policy_version, policy_url, language, page_host, page_path, user_agent, received_at';

export function storedReceipt(row: ReceiptRow): StoredReceipt {
  return {
    consentId: row.consent_id,
    timestamp: new Date(row.decided_at).toISOString(),
    decision: { necessary: true, statistics: row.statistics, marketing: row.marketing },
    policyVersion: row.policy_version,
    policyUrl: row.policy_url,
    language: row.language,
    pageHost: row.page_host,
    pagePath: row.page_path,
    userAgent: row.user_agent,
    receivedAt: new Date(row.received_at).toISOString(),
  };
}

/** Every decision of one consent id, oldest first. */
export async function consentHistory(db: Database, consentId: string): Promise<StoredReceipt[]> {
  const rows = await db.query<ReceiptRow>(
    `select ${RECEIPT_COLUMNS} from receipts where consent_id = $1 order by decided_at`,
    [consentId],
  );
  return rows.map(storedReceipt);
}
