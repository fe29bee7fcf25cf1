import { CapConsentElement } from './element/index.js';
import { defineCapConsent } from './element/index.js';

export * from './element/index.js';
export type {
  Category,
  CategoryChoices,
  ConsentAttributeMarkup,
  ConsentRecord,
  OptionalCategory,
} from './core/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'cap-consent': CapConsentElement;
  }
}

if (globalThis.customElements) defineCapConsent();
