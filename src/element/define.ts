import { CapConsentElement, ELEMENT_MARKER as MARKER } from './cap-consent-element.js';

/**
 * Registers the element under `tag`. Safe to call twice and safe when another
 * copy of the script already registered it; a foreign element holding the tag
 * is reported, not replaced.
 */
export function defineCapConsent(tag = 'cap-consent', registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as (CustomElementConstructor & { [MARKER]?: boolean }) | undefined;
  if (existing === undefined) registry.define(tag, class extends CapConsentElement {});
  else if (!existing[MARKER])
    console.warn(`[cap-consent] <${tag}> is already defined by another script; cap-consent is not registered`);
}
