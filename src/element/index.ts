export { CapConsentElement } from './cap-consent-element.js';
export { defineCapConsent } from './define.js';
export type {
  CapConsentEventMap,
  ConsentChangeDetail,
  ConsentChangeEvent,
  ConsentChangeReason,
  PixelState,
} from './events.js';
