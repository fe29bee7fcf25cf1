/**
 * Tells this tab when another tab may have changed the decision: a `storage`
 * event from tabs of the same origin, and for tabs on other subdomains (which
 * share only the cookie) a re-check when this tab gets focus or becomes
 * visible. The listener re-reads the cookie: the cookie stays the one source
 * of truth.
 *
 * Listening costs main-thread time on every page view (a `storage` listener
 * opens the origin's localStorage, a BroadcastChannel or `cookieStore` costs
 * about as much), so it starts when the page is idle, after its own scripts
 * and the gated tags. `cookieStore` change events are not used: a tab on
 * another subdomain needs no update before the visitor looks at it again.
 */
export class CrossTabSync {
  private readonly key: string;
  private readonly idle: number;

  constructor(
    cookieName: string,
    private readonly onMaybeChanged: () => void,
  ) {
    this.key = `cap-consent:changed:${cookieName}`;
    this.idle = whenIdle(() => window.addEventListener('storage', this.onStorage));
    window.addEventListener('focus', this.onRecheck);
    document.addEventListener('visibilitychange', this.onRecheck);
  }

  /** Tells the other tabs of this origin that this tab stored a decision. */
  announce(): void {
    try {
      // A new value each time: the event fires only when the value changes.
      localStorage.setItem(this.key, `${Date.now()}.${Math.random()}`);
    } catch {
      // Storage blocked or full: the other tabs still re-check the cookie on focus.
    }
  }

  stop(): void {
    cancelIdle(this.idle);
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener('focus', this.onRecheck);
    document.removeEventListener('visibilitychange', this.onRecheck);
  }

  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key === this.key) this.onMaybeChanged();
  };

  private readonly onRecheck = (): void => {
    if (document.visibilityState === 'visible') this.onMaybeChanged();
  };
}

const hasIdleCallback = typeof requestIdleCallback === 'function';

/** Runs `task` when the main thread is idle (within 2 s); Safari has no requestIdleCallback, so a timeout there. */
function whenIdle(task: () => void): number {
  return hasIdleCallback ? requestIdleCallback(task, { timeout: 2000 }) : window.setTimeout(task, 200);
}

function cancelIdle(handle: number): void {
  if (hasIdleCallback) cancelIdleCallback(handle);
  else clearTimeout(handle);
}
