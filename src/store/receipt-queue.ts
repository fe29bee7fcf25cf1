/**
 * Receipts waiting for the endpoint's acknowledgement, kept in the given
 * storage (localStorage) so a receipt not acknowledged on this page view is
 * sent on the next one. Falls back to memory where storage is unavailable
 * (sandboxed frames, disabled storage).
 */

const STORAGE_KEY = 'cap-consent:receipts';
/** Older receipts are dropped past this many, so a dead endpoint cannot fill the storage. */
const MAX_QUEUED = 20;

export interface QueuedReceipt {
  /** Consent id and decision time: one receipt per decision. */
  readonly key: string;
  readonly url: string;
  /** The JSON receipt. */
  readonly body: string;
}

function isQueuedReceipt(entry: unknown): entry is QueuedReceipt {
  const { key, url, body } = (entry ?? {}) as Record<string, unknown>;
  return typeof key === 'string' && typeof url === 'string' && typeof body === 'string';
}

/** True when receipts from an earlier page view still wait in `storage`; one read, cheap enough for idle time. */
export function hasQueuedReceipts(storage: Storage | null): boolean {
  try {
    return Boolean(storage?.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

export class ReceiptQueue {
  private memory: QueuedReceipt[] = [];

  constructor(private readonly storage: Storage | null) {}

  read(): QueuedReceipt[] {
    try {
      const stored = this.storage?.getItem(STORAGE_KEY);
      if (stored == null) return this.memory;
      const parsed: unknown = JSON.parse(stored);
      return Array.isArray(parsed) ? parsed.filter(isQueuedReceipt) : [];
    } catch {
      return this.memory;
    }
  }

  add(entry: QueuedReceipt): void {
    this.write([...this.read().filter(({ key }) => key !== entry.key), entry]);
  }

  remove(key: string): void {
    this.write(this.read().filter((entry) => entry.key !== key));
  }

  private write(queue: QueuedReceipt[]): void {
    this.memory = queue.slice(-MAX_QUEUED);
    try {
      if (this.memory.length) this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.memory));
      else this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // Memory only: the receipt is still sent from this page view.
    }
  }
}
