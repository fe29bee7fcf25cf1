import type { Database } from '../db/database.js';
import { RECEIPT_COLUMNS, storedReceipt, type ReceiptRow, type StoredReceipt } from './receipt-store.js';

export type ExportFormat = 'csv' | 'jsonl';

const PAGE_ROWS = 1000;

const CSV_HEADER = [
  'consent_id',
  'timestamp',
  'statistics',
  'marketing',
  'policy_version',
  'policy_url',
  'language',
  'page_host',
  'page_path',
  'user_agent',
  'received_at',
];

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
function csvCell(value: string | boolean): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvLine(receipt: StoredReceipt): string {
  const { decision } = receipt;
  return `${[
    receipt.consentId,
    receipt.timestamp,
    decision.statistics,
    decision.marketing,
    receipt.policyVersion,
    receipt.policyUrl,
    receipt.language,
    receipt.pageHost,
    receipt.pagePath,
    receipt.userAgent,
    receipt.receivedAt,
  ]
    .map(csvCell)
    .join(',')}\r\n`;
}

/**
 * The receipts decided in [from, until), oldest first, as lines of CSV or JSON.
 * Reads page by page after the last row seen, so any size streams in bounded memory.
 */
export async function* exportReceipts(
  db: Database,
  from: string,
  until: string,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') yield `${CSV_HEADER.join(',')}\r\n`;
  let after: [string, string] = ['-infinity', ''];
  for (;;) {
    const rows = await db.query<ReceiptRow>(
      `select ${RECEIPT_COLUMNS} from receipts
       where decided_at >= $1 and decided_at < $2 and (decided_at, consent_id) > ($3::timestamptz, $4::text)
       order by decided_at, consent_id limit ${PAGE_ROWS}`,
      [from, until, ...after],
    );
    if (rows.length === 0) return;
    yield rows
      .map((row) => (format === 'csv' ? csvLine(storedReceipt(row)) : `${JSON.stringify(storedReceipt(row))}\n`))
      .join('');
    const last = rows.at(-1)!;
    after = [new Date(last.decided_at).toISOString(), last.consent_id];
  }
}
