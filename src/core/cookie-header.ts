/**
 * Every value stored under `name` in a `Cookie` header or `document.cookie`
 * string, in the order given. A browser sends a host-only and a domain cookie of
 * the same name side by side, so there may be more than one. Never throws.
 */
export function readCookieValues(cookieHeader: string | null | undefined, name: string): string[] {
  if (!cookieHeader) return [];
  const values: string[] = [];
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    values.push(decodeCookieText(pair.slice(separator + 1).trim()));
  }
  return values;
}

function decodeCookieText(text: string): string {
  const unquoted = text.length > 1 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
  try {
    return decodeURIComponent(unquoted);
  } catch {
    return unquoted;
  }
}

const COOKIE_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidCookieName(name: string): boolean {
  return COOKIE_NAME_PATTERN.test(name);
}
