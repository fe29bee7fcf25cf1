import type { ConsentRecord } from '../core/index.js';
import { consentReceipt, type ReceiptContext } from './consent-receipt.js';
import { dequeue, enqueue, readQueue, type QueuedReceipt } from './receipt-queue.js';

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 60_000;
/** Further attempts wait for the next page view. */
const ATTEMPTS_PER_PAGE_VIEW = 6;
const LOCK_NAME = 'cap-consent-receipts';

type Outcome = 'acknowledged' | 'refused' | 'failed';

let attempts = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let sending: Promise<void> = Promise.resolve();
const reported = new Set<string>();

function report(problem: string): void {
  if (reported.has(problem)) return;
  reported.add(problem);
  console.warn(`[cap-consent] ${problem}`);
}

/**
 * A keepalive POST outlives the page like `sendBeacon`, but tells whether the
 * endpoint acknowledged. `text/plain` keeps it a CORS simple request: no preflight.
 */
async function post({ url, body }: QueuedReceipt): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'omit',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    });
    if (response.ok) return 'acknowledged';
    const permanent = response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status);
    if (permanent) report(`the receipt endpoint ${url} refused a receipt (HTTP ${response.status}); it is dropped`);
    else report(`the receipt endpoint ${url} answered HTTP ${response.status}; the receipt will be sent again`);
    return permanent ? 'refused' : 'failed';
  } catch (error) {
    report(`the receipt could not be sent to ${url} (${String(error)}); it will be sent again`);
    return 'failed';
  }
}

/**
 * Sends every queued receipt once; true when some still wait. Other tabs wait
 * for the lock, then see the queue without what was acknowledged.
 */
async function sendQueued(): Promise<boolean> {
  const run = async (): Promise<boolean> => {
    for (const entry of readQueue()) {
      if ((await post(entry)) !== 'failed') dequeue(entry.key);
    }
    return readQueue().length > 0;
  };
  // No Web Locks in opaque origins (sandboxed frames): one tab alone sends there.
  return navigator.locks ? navigator.locks.request(LOCK_NAME, run).catch(run) : run();
}

function scheduleRetry(): void {
  if (attempts >= ATTEMPTS_PER_PAGE_VIEW) return;
  const delay = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1));
  retryTimer = setTimeout(flushReceipts, delay);
}

/** Sends what waits in the queue, retrying with back-off while the endpoint fails. Never rejects. */
export function flushReceipts(): Promise<void> {
  clearTimeout(retryTimer);
  sending = sending.then(async () => {
    attempts += 1;
    if (await sendQueued().catch(() => true)) scheduleRetry();
    else attempts = 0;
  });
  return sending;
}

/** Queues the receipt of `record` for `url` and sends it without blocking the page. */
export function sendReceipt(record: ConsentRecord, url: string, context: ReceiptContext): Promise<void> {
  const receipt = consentReceipt(record, context);
  enqueue({ key: `${receipt.consentId}.${record.decidedAt}`, url, body: JSON.stringify(receipt) });
  attempts = 0;
  return flushReceipts();
}
