import type { OptionalCategory } from '../core/index.js';

/**
 * Every text the banner and the confirmation show, in one language; each language file must satisfy this (the
 * preferences dialog's are in PreferencesTexts). The facts follow the
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
  /** Names of the vendors' countries by ISO code; the browser names any other. */
  readonly countries: Readonly<Record<string, string>>;
  /** Announced after a decision; followed by a button that reopens the settings. */
  readonly saved: string;
  readonly change: string;
  /** Hides the confirmation. */
  readonly hideConfirmation: string;
}
