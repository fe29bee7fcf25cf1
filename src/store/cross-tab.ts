/**
 * Tells this tab when another tab may have changed the decision: a `storage`
 * event from tabs of the same origin, and for tabs on other subdomains (which
 * share only the cookie) a re-check when this tab gets focus or becomes
 * visible. The listener re-reads the cookie: the cookie stays the one source
 * of truth.
 *
 * A `storage` listener opens the origin's localStorage, which costs more main-thread
 * time than everything else a returning visit does (a BroadcastChannel or
 * `cookieStore` costs about as much). While this tab is visible and focused the
 * visitor decides here, not elsewhere, so it starts listening only once the tab
 * is hidden or loses focus (another tab or window may then be where the visitor
 * decides), or at once when it starts that way.
 */
export class CrossTabSync {
  private readonly key: string;
  private listening = false;

  constructor(
    cookieName: string,
    private readonly onMaybeChanged: () => void,
  ) {
    this.key = changeKey(cookieName);
    window.addEventListener('focus', this.onReturn);
    window.addEventListener('blur', this.onLeave);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    if (document.visibilityState === 'hidden' || !document.hasFocus()) this.onLeave();
  }

  stop(): void {
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener('focus', this.onReturn);
    window.removeEventListener('blur', this.onLeave);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.listening = false;
  }

  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key === this.key) this.onMaybeChanged();
  };

  private readonly onLeave = (): void => {
    if (this.listening) return;
    this.listening = true;
    window.addEventListener('storage', this.onStorage);
  };

  private readonly onReturn = (): void => {
    if (document.visibilityState === 'visible') this.onMaybeChanged();
  };

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.onMaybeChanged();
    else this.onLeave();
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
