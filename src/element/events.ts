import type { ConsentChangeReason, ConsentRecord } from '../core/index.js';
import type { PixelState } from '../integrations/pixel-states.js';

export type { ConsentChangeReason, PixelState };

export interface ConsentChangeDetail {
  readonly consent: ConsentRecord;
  /** The policy version the decision was made on. */
  readonly version: string;
  readonly reason: ConsentChangeReason;
}

export type ConsentChangeEvent = CustomEvent<ConsentChangeDetail>;

/** Every event the element fires; all bubble and are composed. */
export interface CapConsentEventMap {
  'cap-consent-change': ConsentChangeEvent;
  'cap-consent-shown': CustomEvent<void>;
  'cap-consent-hidden': CustomEvent<void>;
  /** `element.pixels` changed: a pixel started, failed, was withdrawn, or a new config arrived. */
  'cap-consent-pixels': CustomEvent<{ readonly pixels: readonly PixelState[] }>;
}

declare global {
  interface GlobalEventHandlersEventMap extends CapConsentEventMap {}
}

export function dispatchConsentEvent<K extends keyof CapConsentEventMap>(
  target: EventTarget,
  type: K,
  detail: CapConsentEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
