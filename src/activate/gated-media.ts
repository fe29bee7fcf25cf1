import { isRequirementMet, type GrantCheck } from './consent-requirement.js';

const WAITING_MEDIA = ':is(img, iframe, video, audio, link, embed)[data-cap-consent]:is([data-src], [data-srcset])';

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
 * categories are granted. `<source data-src>` children of a video or audio
 * are loaded with it.
 */
export function loadGrantedMedia(root: ParentNode, isGranted: GrantCheck): number {
  let loaded = 0;
  for (const element of root.querySelectorAll<HTMLElement>(WAITING_MEDIA)) {
    if (!isRequirementMet(element.dataset.capConsent, isGranted)) continue;
    reveal(element);
    const sources = element.querySelectorAll('source[data-src], source[data-srcset]');
    sources.forEach(reveal);
    if (sources.length > 0 && element instanceof HTMLMediaElement) element.load();
    loaded++;
  }
  return loaded;
}
