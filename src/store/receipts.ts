import { isHttpUrl, type ConsentRecord } from '../core/index.js';
import type { ReceiptContext } from './consent-receipt.js';
import { hasQueuedReceipts } from './receipt-queue.js';

type ProblemReporter = (problem: string) => void;

/**
 * Consent receipts for one `receipt-url`. The sending code (queue, retries)
 * is a separate chunk, loaded only when a receipt is due.
 */
export class ConsentReceipts {
  private constructor(
    private readonly url: string,
    private readonly report: ProblemReporter,
  ) {}

  /** Receipts for the `receipt-url` attribute's value, or null when there is none or it is not http(s). */
  static forAttribute(raw: string | null, report: ProblemReporter): ConsentReceipts | null {
    if (raw === null || raw.trim() === '') return null;
    if (!isHttpUrl(raw, location.href)) {
      report(`receipt-url="${raw}" is not an http(s) URL; no receipts are sent`);
      return null;
    }
    return new ConsentReceipts(new URL(raw, location.href).href, report);
  }

  /** Sends the receipts an earlier page view left unacknowledged, if any. */
  sendWaiting(): void {
    if (hasQueuedReceipts()) this.withSender(({ flushReceipts }) => flushReceipts());
  }

  send(record: ConsentRecord, context: ReceiptContext): void {
    this.withSender(({ sendReceipt }) => sendReceipt(record, this.url, context));
  }

  private withSender(use: (sender: typeof import('./receipt-sender.js')) => Promise<void>): void {
    import('./receipt-sender.js').then(use, (error: unknown) =>
      this.report(`the receipts code could not be loaded (${String(error)})`),
    );
  }
}
