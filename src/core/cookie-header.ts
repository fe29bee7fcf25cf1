/**
 * Every value stored under `name` in a `Cookie` header or `document.cookie`
 * string, in the order given. A browser sends a host-only and a domain cookie of
 * the same name side by side, so there may be more than one. Never throws.
 * Values are returned as stored, not percent-decoded or unquoted: the consent
 * value uses URL-safe characters only, so an escaped form was not written by
 * cap-consent and must not parse as a decision.
 */
export function readCookieValues(cookieHeader: string | null | undefined, name: string): string[] {
  if (!cookieHeader) return [];
  const values: string[] = [];
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    values.push(pair.slice(separator + 1).trim());
  }
  return values;
}

const COOKIE_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidCookieName(name: string): boolean {
  return COOKIE_NAME_PATTERN.test(name);
}
