import { parseString } from 'set-cookie-parser';
import type { CookieWrite } from './model.js';

const DAY_MS = 86_400_000;

/**
 * Reads a `Set-Cookie` value or a `document.cookie` assignment (same syntax):
 * the name and the lifetime asked for, measured from `now`. Null when there is
 * no cookie name.
 */
export function readCookieWrite(text: string, via: CookieWrite['via'], setBy: string, now: number): CookieWrite | null {
  const cookie = parseString(text, { decodeValues: false });
  if (!cookie?.name) return null;
  let askedDays: number | null = null;
  if (cookie.maxAge !== undefined && Number.isFinite(cookie.maxAge)) askedDays = (cookie.maxAge * 1000) / DAY_MS;
  else if (cookie.expires && !Number.isNaN(cookie.expires.getTime())) {
    askedDays = (cookie.expires.getTime() - now) / DAY_MS;
  }
  return {
    name: cookie.name,
    via,
    setBy,
    domain: cookie.domain ?? null,
    askedDays,
    deletes: askedDays !== null && askedDays <= 0,
  };
}

/** The URL of the script that wrote, read from a stack taken inside the `document.cookie` setter. */
export function scriptUrlFromStack(stack: string, documentUrl: string): string {
  // The first line is the message, the second the setter wrapper itself, the third the writer.
  const writer = stack.split('\n')[2] ?? '';
  const match = /(https?:\/\/[^\s)]+?)(?::\d+){1,2}\)?\s*$/.exec(writer);
  return match ? match[1] : `an inline script on ${documentUrl}`;
}

/**
 * Runs in every frame before the page's scripts: wraps the `document.cookie`
 * setter so that each write reaches the audit with the stack of the script
 * that wrote it.
 */
export function watchCookieWrites(bindingName: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  const { get, set } = descriptor ?? {};
  if (!get || !set) return;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: descriptor?.enumerable ?? true,
    get() {
      return get.call(this);
    },
    set(value: unknown) {
      try {
        const report = (window as unknown as Record<string, (text: string, stack: string) => void>)[bindingName];
        report?.(String(value), new Error().stack ?? '');
      } catch {
        // The page must work as without the audit, whatever happens to the report.
      }
      set.call(this, value);
    },
  });
}
