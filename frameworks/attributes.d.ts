import type { CapConsentEventMap, ConsentAttributeMarkup } from '../dist/types/index.js';

/** The attributes of `<cap-consent>` as markup and templates set them: the element's attribute table. */
export type CapConsentAttributes = ConsentAttributeMarkup;

/** Every event name the element fires. */
export type CapConsentEventName = keyof CapConsentEventMap;
