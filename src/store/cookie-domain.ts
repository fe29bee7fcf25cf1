import Cookies from 'js-cookie';
import { cookieDomainCandidates, readCookieValues } from '../core/index.js';
import { readDocumentCookie, tryCookieWrite } from './document-cookie.js';

const PROBE_COOKIE = 'cap_consent_probe';

/**
 * The registrable domain of `hostname`: the shortest candidate on which the
 * browser accepts a cookie (it refuses public suffixes such as `kz` or `co.uk`).
 * Undefined means host-only (localhost, IP addresses, or nothing accepted).
 */
export function probeRegistrableDomain(hostname: string): string | undefined {
  const token = Math.random().toString(36).slice(2);
  for (const domain of cookieDomainCandidates(hostname)) {
    const attributes = { domain, path: '/', sameSite: 'Lax' } as const;
    if (!tryCookieWrite(() => Cookies.set(PROBE_COOKIE, token, attributes))) return undefined;
    const accepted = readCookieValues(readDocumentCookie(), PROBE_COOKIE).includes(token);
    tryCookieWrite(() => Cookies.remove(PROBE_COOKIE, attributes));
    if (accepted) return domain;
  }
  return undefined;
}
