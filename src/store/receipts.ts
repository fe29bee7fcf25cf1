import type { ConsentRecord } from '../core/index.js';
import { consentReceipt, type ReceiptContext } from './consent-receipt.js';
import { hasQueuedReceipts } from './receipt-queue.js';
import type { ReceiptOutbox } from './receipt-outbox.js';

type ProblemReporter = (problem: string) => void;

/** localStorage, or null where reading it throws (sandboxed frames, disabled storage). */
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Consent receipts for one `receipt-url` (absolute, http or https). The
 * sending code (queue, retries) is a separate chunk, loaded only when a
 * receipt is due.
 */
export class ConsentReceipts {
  private outbox?: Promise<ReceiptOutbox>;

  constructor(
    private readonly url: string,
    private readonly report: ProblemReporter,
  ) {}

  /** Sends the receipts an earlier page view left unacknowledged, if any. */
  sendWaiting(): void {
    if (hasQueuedReceipts(localStorageOrNull())) this.withOutbox((outbox) => outbox.flush());
  }

  send(record: ConsentRecord, context: ReceiptContext): void {
    const receipt = consentReceipt(record, context);
    this.withOutbox((outbox) => outbox.send(`${receipt.consentId}.${record.decidedAt}`, JSON.stringify(receipt)));
  }

  private withOutbox(use: (outbox: ReceiptOutbox) => Promise<void>): void {
    this.outbox ??= import('./receipt-outbox.js').then(
      ({ ReceiptOutbox }) =>
        new ReceiptOutbox(this.url, {
          fetch: (...request) => fetch(...request),
          storage: localStorageOrNull(),
          setTimeout: (task, ms) => setTimeout(task, ms),
          clearTimeout: (handle) => clearTimeout(handle as number),
          locks: navigator.locks ?? null,
          report: this.report,
        }),
    );
    this.outbox.then(use, (error: unknown) => this.report(`the receipts code could not be loaded (${String(error)})`));
  }
}
