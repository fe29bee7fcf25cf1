import { isRequirementMet, type GrantCheck } from './consent-requirement.js';

/**
 * Shows each `[data-cap-consent-requires]` area whose requirement is met and
 * hides the others (the `hidden` attribute, so the page should start them hidden).
 */
export function applyAuthorizedAreas(root: ParentNode, isGranted: GrantCheck): void {
  for (const area of root.querySelectorAll<HTMLElement>('[data-cap-consent-requires]')) {
    area.hidden = !isRequirementMet(area.dataset.capConsentRequires, isGranted);
  }
}
