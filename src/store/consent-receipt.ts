import type { ConsentRecord } from '../core/index.js';

/**
 * What the receipt endpoint receives after each decision, as JSON. Nothing
 * identifies the visitor beyond the random consent id and the user agent.
 */
export interface ConsentReceipt {
  /** The random id kept in the consent cookie across later changes of the same browser's decision. */
  readonly consentId: string;
  readonly decision: { readonly necessary: true; readonly statistics: boolean; readonly marketing: boolean };
  readonly policyVersion: string;
  readonly policyUrl: string;
  /** When the decision was made, ISO 8601 in UTC (whole seconds, as stored in the cookie). */
  readonly timestamp: string;
  /** The language the banner was shown in. */
  readonly language: string;
  /** The page the decision was made on, without query or fragment. */
  readonly pageUrl: string;
  readonly userAgent: string;
}

export interface ReceiptContext {
  readonly policyUrl: string;
  readonly language: string;
}

/** The receipt for `record`, made on the current page. */
export function consentReceipt(record: ConsentRecord, { policyUrl, language }: ReceiptContext): ConsentReceipt {
  return {
    consentId: record.id,
    decision: { necessary: true, statistics: record.statistics, marketing: record.marketing },
    policyVersion: record.policyVersion,
    policyUrl,
    timestamp: new Date(record.decidedAt).toISOString(),
    language,
    pageUrl: `${location.origin}${location.pathname}`,
    userAgent: navigator.userAgent,
  };
}
