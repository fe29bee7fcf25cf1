/** Longest wait for an idle moment: work off the pixel's path still happens on a page that is never idle. */
const IDLE_DEADLINE_MS = 2000;
/** Safari has no requestIdleCallback: a short timeout there still lets the first task finish first. */
const FALLBACK_DELAY_MS = 200;

const hasIdleCallback = typeof requestIdleCallback === 'function';

/**
 * Tasks that wait until the main thread is idle (or the deadline passed), run
 * in the order given, and are cancelled together. Keeps listeners, observers
 * and storage reads that no granted tag waits for out of the first task.
 */
export class IdleWork {
  private readonly queued: Array<() => void> = [];
  private handle?: number;

  constructor(private readonly onError: (error: unknown) => void) {}

  schedule(task: () => void): void {
    this.queued.push(task);
    this.handle ??= hasIdleCallback
      ? requestIdleCallback(this.run, { timeout: IDLE_DEADLINE_MS })
      : window.setTimeout(this.run, FALLBACK_DELAY_MS);
  }

  cancel(): void {
    this.queued.length = 0;
    if (this.handle === undefined) return;
    if (hasIdleCallback) cancelIdleCallback(this.handle);
    else clearTimeout(this.handle);
    this.handle = undefined;
  }

  private readonly run = (): void => {
    this.handle = undefined;
    for (const task of this.queued.splice(0)) {
      try {
        task();
      } catch (error) {
        this.onError(error);
      }
    }
  };
}
