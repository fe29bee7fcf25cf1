import type { CategoryChoices, ConsentRecord, Disclosure, OptionalCategory } from '../../core/index.js';
import type { ConsentTexts, Lang } from '../../i18n/index.js';

/** Everything the banner UI shows; the host element owns it. */
export interface ViewModel {
  readonly lang: Lang;
  /** The texts in `lang`. */
  readonly texts: ConsentTexts;
  readonly policyUrl: string;
  readonly categories: readonly OptionalCategory[];
  /** What the switches show when the preferences open: the current decision, or nothing. */
  readonly choices: CategoryChoices;
  /** The current decision, quoted in the preferences (date and consent id); null before one. */
  readonly record: ConsentRecord | null;
  /** The cookie that keeps the decision (`cookie-name`) and for how long (`cookie-days`). */
  readonly cookieName: string;
  readonly cookieDays: number;
  /** Receipts are sent (`receipt-url`): the preferences say what the operator keeps. */
  readonly receipts: boolean;
  /** The services that can run on the page, per category; null when the page names none. */
  readonly disclosure: Disclosure | null;
  readonly policyUpdated: boolean;
  /** The browser sends Global Privacy Control: the banner says marketing stays off unless chosen. */
  readonly globalPrivacyControl: boolean;
  readonly bannerOpen: boolean;
  readonly confirmationOpen: boolean;
}

/** What the UI asks the host element to do. */
export interface ViewActions {
  acceptAll(): void;
  acceptNecessary(): void;
  save(choices: CategoryChoices): void;
  openPreferences(): void;
  preferencesClosed(): void;
  dismissConfirmation(): void;
}
