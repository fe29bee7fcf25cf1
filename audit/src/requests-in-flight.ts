import type { CDPSession } from 'playwright-core';

/** Playwright's own rule for "networkidle": no request in flight for this long. */
const QUIET_MS = 500;

/**
 * Counts the page's requests in flight, so the audit can wait for the network
 * to go quiet after a click too (Playwright's `networkidle` is reached once per
 * navigation).
 */
export class RequestsInFlight {
  private readonly ids = new Set<string>();
  private onChange: () => void = () => {};

  constructor(devtools: CDPSession) {
    devtools.on('Network.requestWillBeSent', ({ requestId }) => this.change(() => this.ids.add(requestId)));
    devtools.on('Network.loadingFinished', ({ requestId }) => this.change(() => this.ids.delete(requestId)));
    devtools.on('Network.loadingFailed', ({ requestId }) => this.change(() => this.ids.delete(requestId)));
  }

  private change(update: () => void): void {
    update();
    this.onChange();
  }

  /** Resolves once no request has been in flight for half a second; rejects after `timeoutMs`. */
  quiet(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      let quietTimer: NodeJS.Timeout | undefined;
      const finish = (settle: () => void) => {
        clearTimeout(deadline);
        clearTimeout(quietTimer);
        this.onChange = () => {};
        settle();
      };
      const deadline = setTimeout(
        () => finish(() => reject(new Error(`${this.ids.size} request(s) still in flight after ${timeoutMs} ms`))),
        timeoutMs,
      );
      this.onChange = () => {
        clearTimeout(quietTimer);
        if (this.ids.size === 0) quietTimer = setTimeout(() => finish(resolve), QUIET_MS);
      };
      this.onChange();
    });
  }
}
