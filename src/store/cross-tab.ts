/**
 * Tells this tab when another tab may have changed the decision: a `storage`
 * event from tabs of the same origin, and for tabs on other subdomains (which
 * share only the cookie) a re-check when this tab gets focus or becomes
 * visible. The listener re-reads the cookie: the cookie stays the one source
 * of truth.
 *
 * Listening costs main-thread time on every page view (a `storage` listener
 * opens the origin's localStorage, a BroadcastChannel or `cookieStore` costs
 * about as much), so the session creates it when the page is idle, after its
 * own scripts and the gated tags. `cookieStore` change events are not used: a
 * tab on another subdomain needs no update before the visitor looks at it again.
 */
export class CrossTabSync {
  private readonly key: string;

  constructor(
    cookieName: string,
    private readonly onMaybeChanged: () => void,
  ) {
    this.key = changeKey(cookieName);
    window.addEventListener('storage', this.onStorage);
    window.addEventListener('focus', this.onRecheck);
    document.addEventListener('visibilitychange', this.onRecheck);
  }

  stop(): void {
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

function changeKey(cookieName: string): string {
  return `cap-consent:changed:${cookieName}`;
}

/** Tells the other tabs of this origin that this tab stored a decision in the cookie `cookieName`. */
export function announceToOtherTabs(cookieName: string): void {
  try {
    // A new value each time: the event fires only when the value changes.
    localStorage.setItem(changeKey(cookieName), `${Date.now()}.${Math.random()}`);
  } catch {
    // Storage blocked or full: the other tabs still re-check the cookie on focus.
  }
}
