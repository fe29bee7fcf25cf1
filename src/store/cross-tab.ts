/**
 * Tells this tab when another tab may have changed the decision: a message on
 * a BroadcastChannel from tabs of the same origin, and for tabs on other
 * subdomains (which share only the cookie) a re-check when this tab gets focus
 * or becomes visible, or when the browser reports a cookie change.
 * The listener re-reads the cookie: the cookie stays the one source of truth.
 */
export class CrossTabSync {
  private readonly channel: BroadcastChannel | null;
  private readonly cookieStore = (globalThis as { cookieStore?: EventTarget }).cookieStore;

  constructor(
    cookieName: string,
    private readonly onMaybeChanged: () => void,
  ) {
    this.channel = openChannel(`cap-consent:${cookieName}`);
    this.channel?.addEventListener('message', this.onChanged);
    window.addEventListener('focus', this.onRecheck);
    document.addEventListener('visibilitychange', this.onRecheck);
    this.cookieStore?.addEventListener('change', this.onChanged);
  }

  /** Tells the other tabs of this origin that this tab stored a decision. */
  announce(): void {
    try {
      this.channel?.postMessage('changed');
    } catch {
      // The other tabs still re-check the cookie on focus.
    }
  }

  stop(): void {
    this.channel?.close();
    window.removeEventListener('focus', this.onRecheck);
    document.removeEventListener('visibilitychange', this.onRecheck);
    this.cookieStore?.removeEventListener('change', this.onChanged);
  }

  private readonly onChanged = (): void => this.onMaybeChanged();

  private readonly onRecheck = (): void => {
    if (document.visibilityState === 'visible') this.onMaybeChanged();
  };
}

function openChannel(name: string): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  } catch {
    return null;
  }
}
