import type { OptionalCategory, PresetName } from '../core/index.js';

/**
 * The texts of the preferences dialog in one language, a chunk of their own: a visitor who never opens the
 * settings never downloads them. `{name}` marks a value the view fills in.
 */
export interface PreferencesTexts {
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
  /** `{date}` and `{id}`: the visitor's decision, to quote when writing to the operator. */
  readonly yourChoice: string;
  readonly copyId: string;
  readonly idCopied: string;
  /** Shown when receipts are sent (`receipt-url`): what the operator keeps of each decision. */
  readonly receiptKept: string;
  /** The operator's contacts (policy 8.6); `{email}`. */
  readonly contact: string;
  /** A cookie's lifetime or how long the decision is kept; 0 days is a session cookie. */
  duration(days: number): string;
  /** The moment of a decision, in the visitor's time zone. */
  dateTime(date: Date): string;
}
