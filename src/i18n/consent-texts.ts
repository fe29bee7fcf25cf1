import type { OptionalCategory, PresetName } from '../core/index.js';

/**
 * Every text the banner shows, in one language; each language file must satisfy this. The facts follow the
 * policy (https://cap.kz/privacy) and what the element really does; `{name}` marks a value the view fills in.
 */
export interface ConsentTexts {
  /** Accessible name of the banner region. */
  readonly regionLabel: string;
  readonly title: string;
  /**
   * The policy summary for the optional categories the site uses, short enough for a 320 px screen: the operator,
   * what the services receive and why. The `summary` slot may replace it.
   */
  summary(categories: readonly OptionalCategory[]): string;
  /** `{list}`: the providers that receive data, with their countries. */
  readonly recipients: string;
  /** How to change or withdraw consent (`{email}`); shown even when the summary slot replaces the summary. */
  readonly withdrawal: string;
  readonly policyUpdated: string;
  /** Shown when the browser sends Global Privacy Control: advertising stays off unless turned on in the settings. */
  readonly globalPrivacyControl: string;
  readonly policyLink: string;
  /** Spoken after the link text: the link opens a new tab. */
  readonly opensInNewTab: string;
  readonly acceptAll: string;
  readonly acceptNecessary: string;
  readonly settings: string;
  readonly preferencesTitle: string;
  /** `{duration}`: how long the decision is kept. */
  readonly preferencesIntro: string;
  readonly save: string;
  readonly close: string;
  readonly alwaysOn: string;
  /** Purposes per category (policy 4.5, 5.2). */
  readonly categories: Readonly<
    Record<'necessary' | OptionalCategory, { readonly name: string; readonly description: string }>
  >;
  /** `{countries}`: where the category's services process data outside Kazakhstan. */
  readonly abroad: string;
  readonly cookiesLabel: string;
  /** Link text to a service's own privacy policy. */
  readonly servicePolicy: string;
  /** What each vendor's tag is used for on cap.kz sites. */
  readonly vendorPurposes: Readonly<Record<PresetName, string>>;
  /** Names of the vendors' countries by ISO code; the browser names any other. */
  readonly countries: Readonly<Record<string, string>>;
  /** `{date}` and `{id}`: the visitor's decision, to quote when writing to the operator. */
  readonly yourChoice: string;
  readonly copyId: string;
  readonly idCopied: string;
  /** Shown when receipts are sent (`receipt-url`): what the operator keeps of each decision. */
  readonly receiptKept: string;
  /** The operator's contacts (policy 8.6); `{email}`. */
  readonly contact: string;
  /** Announced after a decision; followed by a button that reopens the settings. */
  readonly saved: string;
  readonly change: string;
  /** Hides the confirmation. */
  readonly hideConfirmation: string;
  /** A cookie's lifetime or how long the decision is kept; 0 days is a session cookie. */
  duration(days: number): string;
  /** The moment of a decision, in the visitor's time zone. */
  dateTime(date: Date): string;
}
