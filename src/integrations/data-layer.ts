import type { ConsentRecord } from '../core/index.js';

type Gtag = (...args: unknown[]) => void;

declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: Gtag;
  }
}

/** `window.dataLayer`, created if the page has none. */
export function dataLayer(): unknown[] {
  window.dataLayer ??= [];
  return window.dataLayer;
}

/**
 * The page's `gtag`, or Google's standard one if absent: it pushes its
 * `arguments` object, which is what gtag.js and GTM read from the dataLayer.
 */
export function gtag(): Gtag {
  const layer = dataLayer();
  window.gtag ??= function gtag() {
    // eslint-disable-next-line prefer-rest-params
    layer.push(arguments);
  };
  return window.gtag;
}

/** Why the page effects were applied: the element's change reason. */
export type ConsentUpdateReason = 'restored' | 'decided' | 'updated' | 'withdrawn';

/**
 * Pushes `{event: 'cap_consent_update', cap_consent: {...}}` so GTM triggers
 * and tags configured in GTM can follow the decision.
 */
export function pushConsentEvent(record: ConsentRecord, reason: ConsentUpdateReason): void {
  dataLayer().push({
    event: 'cap_consent_update',
    cap_consent: {
      necessary: true,
      statistics: record.statistics,
      marketing: record.marketing,
      policy_version: record.policyVersion,
      reason,
    },
  });
}
