import { ReceiptQueue, type QueuedReceipt } from './receipt-queue.js';

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 60_000;
/** Further attempts wait for the next page view. */
const ATTEMPTS_PER_PAGE_VIEW = 6;
const LOCK_NAME = 'cap-consent-receipts';

type Outcome = 'acknowledged' | 'refused' | 'failed';

/** What the outbox uses of the browser, given so that tests can use a fake clock and a fake endpoint. */
export interface OutboxServices {
  readonly fetch: typeof fetch;
  /** localStorage, or null where it is unavailable. */
  readonly storage: Storage | null;
  readonly setTimeout: (task: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
  /** Web Locks, so that one tab at a time sends the shared queue; null where there are none (opaque origins). */
  readonly locks: LockManager | null;
  readonly report: (problem: string) => void;
}

/**
 * Sends the receipts for one endpoint and keeps each until the endpoint
 * acknowledges it: a failure is retried with back-off (1 s, 2 s, 4 s … at most
 * 60 s, six attempts per page view), then on the next page view.
 */
export class ReceiptOutbox {
  private readonly queue: ReceiptQueue;
  private attempts = 0;
  private retryTimer: unknown;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly url: string,
    private readonly services: OutboxServices,
  ) {
    this.queue = new ReceiptQueue(services.storage);
  }

  /** Queues `body` (the JSON receipt, one per `key`) and sends it without blocking the page. Never rejects. */
  send(key: string, body: string): Promise<void> {
    this.queue.add({ key, url: this.url, body });
    this.attempts = 0;
    return this.flush();
  }

  /** Sends what waits for this endpoint, retrying with back-off while it fails. Never rejects. */
  flush(): Promise<void> {
    this.services.clearTimeout(this.retryTimer);
    this.sending = this.sending.then(async () => {
      this.attempts += 1;
      if (await this.sendQueued().catch(() => true)) this.scheduleRetry();
      else this.attempts = 0;
    });
    return this.sending;
  }

  private scheduleRetry(): void {
    if (this.attempts >= ATTEMPTS_PER_PAGE_VIEW) return;
    const delay = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.attempts - 1));
    this.retryTimer = this.services.setTimeout(() => void this.flush(), delay);
  }

  /** Sends every receipt queued for this endpoint once; true when some still wait. */
  private async sendQueued(): Promise<boolean> {
    const mine = (): QueuedReceipt[] => this.queue.read().filter((entry) => entry.url === this.url);
    const run = async (): Promise<boolean> => {
      for (const entry of mine()) {
        if ((await this.post(entry)) !== 'failed') this.queue.remove(entry.key);
      }
      return mine().length > 0;
    };
    // Other tabs wait for the lock, then see the queue without what was acknowledged.
    const { locks } = this.services;
    return locks ? locks.request(LOCK_NAME, run).catch(run) : run();
  }

  /**
   * A keepalive POST outlives the page like `sendBeacon`, but tells whether the
   * endpoint acknowledged. `text/plain` keeps it a CORS simple request: no preflight.
   */
  private async post({ url, body }: QueuedReceipt): Promise<Outcome> {
    const { fetch, report } = this.services;
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
}
