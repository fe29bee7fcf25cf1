import { isRequirementMet, type GrantCheck } from './consent-requirement.js';

/** Areas this module hid with an inline style, so only those get it removed again. */
const hiddenByStyle = new WeakSet<HTMLElement>();

/**
 * Shows each `[data-cap-consent-requires]` area whose requirement is met and
 * hides the others (the page should start them `hidden`, so nothing flashes).
 * A hidden area also gets `display: none !important` through the CSSOM: page
 * CSS such as `.card { display: grid }` beats the `hidden` attribute and would
 * otherwise show it.
 */
export function applyAuthorizedAreas(root: ParentNode, isGranted: GrantCheck): void {
  for (const area of root.querySelectorAll<HTMLElement>('[data-cap-consent-requires]')) {
    const shown = isRequirementMet(area.dataset.capConsentRequires, isGranted);
    area.hidden = !shown;
    if (!shown && !hiddenByStyle.has(area)) {
      area.style.setProperty('display', 'none', 'important');
      hiddenByStyle.add(area);
    } else if (shown && hiddenByStyle.has(area)) {
      area.style.removeProperty('display');
      hiddenByStyle.delete(area);
    }
  }
}
