/**
 * Receipts waiting for the endpoint's acknowledgement, kept in localStorage so
 * a receipt not acknowledged on this page view is sent on the next one. Falls
 * back to memory where storage is unavailable (sandboxed frames, disabled storage).
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

let memoryQueue: QueuedReceipt[] = [];

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isQueuedReceipt(entry: unknown): entry is QueuedReceipt {
  const { key, url, body } = (entry ?? {}) as Record<string, unknown>;
  return typeof key === 'string' && typeof url === 'string' && typeof body === 'string';
}

export function readQueue(): QueuedReceipt[] {
  try {
    const stored = storage()?.getItem(STORAGE_KEY);
    if (stored == null) return memoryQueue;
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter(isQueuedReceipt) : [];
  } catch {
    return memoryQueue;
  }
}

function writeQueue(queue: QueuedReceipt[]): void {
  memoryQueue = queue.slice(-MAX_QUEUED);
  try {
    const store = storage();
    if (memoryQueue.length) store?.setItem(STORAGE_KEY, JSON.stringify(memoryQueue));
    else store?.removeItem(STORAGE_KEY);
  } catch {
    // Memory only: the receipt is still sent from this page view.
  }
}

/** True when receipts from an earlier page view still wait; cheap enough for every page view. */
export function hasQueuedReceipts(): boolean {
  try {
    return Boolean(storage()?.getItem(STORAGE_KEY)) || memoryQueue.length > 0;
  } catch {
    return memoryQueue.length > 0;
  }
}

export function enqueue(entry: QueuedReceipt): void {
  const queue = readQueue().filter(({ key }) => key !== entry.key);
  writeQueue([...queue, entry]);
}

export function dequeue(key: string): void {
  writeQueue(readQueue().filter((entry) => entry.key !== key));
}
