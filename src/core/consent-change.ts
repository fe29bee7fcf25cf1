import { serializeConsentCookie } from './consent-cookie-value.js';
import type { ConsentRecord } from './consent-record.js';

/** Why the decision in force changed: read from the cookie, first made, changed later, or withdrawn. */
export type ConsentChangeReason = 'restored' | 'decided' | 'updated' | 'withdrawn';

/**
 * What a decision found in the cookie means for a page holding `current`, or
 * null when it is not newer (another tab of this page wrote what we hold).
 * The cookie is all every subdomain shares, so the reason is inferred from it:
 * a change that leaves nothing optional granted is a withdrawal.
 */
export function reasonForStoredDecision(
  current: ConsentRecord | null,
  stored: ConsentRecord,
): ConsentChangeReason | null {
  if (!current) return 'decided';
  if (stored.decidedAt < current.decidedAt || serializeConsentCookie(stored) === serializeConsentCookie(current)) {
    return null;
  }
  const withdrawn = (current.statistics || current.marketing) && !stored.statistics && !stored.marketing;
  return withdrawn ? 'withdrawn' : 'updated';
}
