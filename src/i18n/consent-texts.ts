/** Every text the banner shows, in one language. Each language file must satisfy this. */
export interface ConsentTexts {
  /** Accessible name of the banner region. */
  readonly regionLabel: string;
  readonly title: string;
  /**
   * The policy summary, short enough for a 320 px screen: the operator, cookies and the statistics pixel, the
   * non-personal data collected, the purposes, and that consent can be changed or withdrawn at any time.
   */
  readonly summary: string;
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
  readonly preferencesIntro: string;
  readonly save: string;
  readonly close: string;
  readonly alwaysOn: string;
  readonly categories: Readonly<
    Record<'necessary' | 'statistics' | 'marketing', { readonly name: string; readonly description: string }>
  >;
  /** Announced after a decision; followed by a button that reopens the settings. */
  readonly saved: string;
  readonly change: string;
  /** Hides the confirmation. */
  readonly hideConfirmation: string;
}
