import type { ConsentRecord } from './consent-record.js';
import { parseConsentCookie } from './consent-cookie-value.js';
import { isSamePolicyVersion } from './policy-version.js';

export interface StoredConsent {
  /** The newest valid decision made on the current policy version, or null: ask the visitor. */
  readonly current: ConsentRecord | null;
  /** The newest valid decision made on another policy version (the banner says the policy changed). */
  readonly outdated: ConsentRecord | null;
  /** Why each value that is not a valid decision was ignored. */
  readonly ignored: readonly string[];
}

/**
 * Decides what the cookie values found for the consent cookie mean for
 * `policyVersion`. When several are present (a host-only and a domain cookie),
 * the newest valid one wins.
 */
export function evaluateStoredConsent(
  values: readonly string[],
  policyVersion: string,
  now: number = Date.now(),
): StoredConsent {
  let newest: ConsentRecord | null = null;
  const ignored: string[] = [];
  for (const value of values) {
    const parsed = parseConsentCookie(value, now);
    if (!parsed.ok) ignored.push(parsed.reason);
    else if (!newest || parsed.record.decidedAt > newest.decidedAt) newest = parsed.record;
  }
  const isCurrent = newest !== null && isSamePolicyVersion(newest.policyVersion, policyVersion);
  return { current: isCurrent ? newest : null, outdated: isCurrent ? null : newest, ignored };
}
