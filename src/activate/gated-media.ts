import { isRequirementMet, type GrantCheck } from './consent-requirement.js';

const WAITING = '[data-src], [data-srcset]';
const GATED_MEDIA = ':is(img, iframe, video, audio, link, embed)[data-cap-consent]';

/** `<link>` loads from `href`; the others from `src`. */
function sourceAttribute(element: Element): string {
  return element.localName === 'link' ? 'href' : 'src';
}

/** Moves `data-src`/`data-srcset` to the live attributes, so the element is loaded exactly once. */
function reveal(element: Element): void {
  for (const [from, to] of [
    ['data-src', sourceAttribute(element)],
    ['data-srcset', 'srcset'],
  ]) {
    const value = element.getAttribute(from);
    if (value === null) continue;
    element.removeAttribute(from);
    element.setAttribute(to, value);
  }
}

/**
 * Loads each `img`, `iframe`, `video`, `audio`, `link` or `embed` marked
 * `data-cap-consent="…"` with a `data-src` (and/or `data-srcset`) once its
 * categories are granted; a video or audio also gets its `<source data-src>`
 * children. Returns how many elements started loading.
 */
export function loadGrantedMedia(root: ParentNode, isGranted: GrantCheck): number {
  let loaded = 0;
  for (const element of root.querySelectorAll<HTMLElement>(GATED_MEDIA)) {
    const sources = element.querySelectorAll(`source:is(${WAITING})`);
    if (!element.matches(WAITING) && sources.length === 0) continue;
    if (!isRequirementMet(element.dataset.capConsent, isGranted)) continue;
    reveal(element);
    sources.forEach(reveal);
    if (sources.length > 0 && element instanceof HTMLMediaElement) element.load();
    loaded++;
  }
  return loaded;
}
