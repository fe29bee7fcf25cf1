import { buildDisclosure, type Disclosure, type OptionalCategory, type PixelEntry } from '../../core/index.js';
import { declaredServices } from '../../activate/index.js';

/**
 * The services that can run on this page: the config's pixels and what the page's gated markup names. A chunk of
 * its own, loaded only when the page has any (see `namesServices`).
 */
export function pageDisclosure(pixels: readonly PixelEntry[], categories: readonly OptionalCategory[]): Disclosure {
  return buildDisclosure({ pixels, declared: declaredServices(document), categories });
}
