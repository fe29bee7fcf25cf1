import { isCategory, type Category } from '../core/index.js';

export type GrantCheck = (category: Category) => boolean;

/**
 * Whether a requirement such as `"statistics marketing"` (all listed must be
 * granted) or `"!statistics"` (shown while statistics is not granted) is met.
 * An unknown category is never granted, so a typo can only hide, never enable.
 */
export function isRequirementMet(requirement: string | undefined, isGranted: GrantCheck): boolean {
  const terms = (requirement ?? '').split(/[\s,]+/).filter(Boolean);
  if (terms.length === 0) return false;
  return terms.every((term) => {
    const negated = term.startsWith('!');
    const name = negated ? term.slice(1) : term;
    const granted = isCategory(name) && isGranted(name);
    return negated ? !granted : granted;
  });
}
