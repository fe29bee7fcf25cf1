import type { ConsentRecord } from './consent-record.js';
import { readCookieValues } from './cookie-header.js';
import { DEFAULT_OPTIONS } from './options.js';
import { evaluateStoredConsent } from './stored-consent.js';

/**
 * The visitor's current decision from a request's `Cookie` header, or null
 * (no decision, an invalid cookie, or one for another policy version).
 */
export function readConsentFromCookieHeader(
  cookieHeader: string | null | undefined,
  { policyVersion = DEFAULT_OPTIONS.policyVersion, cookieName = DEFAULT_OPTIONS.cookieName } = {},
): ConsentRecord | null {
  return evaluateStoredConsent(readCookieValues(cookieHeader, cookieName), policyVersion).current;
}
