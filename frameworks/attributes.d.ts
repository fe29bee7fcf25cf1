import type { CapConsentEventMap } from '../dist/types/index.js';

/** The attributes of `<cap-consent>` as markup and templates set them. */
export interface CapConsentAttributes {
  /** Link to the full policy (http or https). Default https://cap.kz/privacy. */
  'policy-url'?: string;
  /** A decision made on another version is asked again. Default "1". */
  'policy-version'?: string;
  /** ru, kk or en. Default: `<html lang>`, then ru. */
  lang?: 'ru' | 'kk' | 'en';
  /** Optional categories the site uses, space-separated. Default "statistics marketing". */
  categories?: 'statistics marketing' | 'marketing statistics' | 'statistics' | 'marketing' | '';
  /** Default "cap_consent". */
  'cookie-name'?: string;
  /** Default: the registrable domain (`.cap.kz`). */
  'cookie-domain'?: string;
  /** Lifetime of the decision, 1 to 400 days. Default 365. */
  'cookie-days'?: number | `${number}`;
  /** URL of the marketing team's pixel list (consent.json). */
  'config-src'?: string;
  /** Boolean: push Google Consent Mode v2 default and updates to the dataLayer. */
  'google-consent-mode'?: boolean | '';
  /** Boolean: reload when a category is withdrawn (tags that ran cannot be unloaded). */
  'reload-on-withdraw'?: boolean | '';
  /** Endpoint (http or https) that receives a JSON consent receipt after each decision. */
  'receipt-url'?: string;
  /** CSP nonce given to gated inline scripts that have none of their own. */
  nonce?: string;
  /** Boolean: a panel listing the pixels and their states (also `?cap-consent-debug` in the page URL). */
  debug?: boolean | '';
}

/** Every event name the element fires. */
export type CapConsentEventName = keyof CapConsentEventMap;
