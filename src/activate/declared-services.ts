import { NAMED_SERVICE } from './named-service.js';
import { isOptionalCategory, serviceFacts, type DeclaredService, type OptionalCategory } from '../core/index.js';

/** The first category an element waits for (`data-cap-consent="statistics"`); a negated one (`!x`) is not. */
function gatingCategory(element: HTMLElement): OptionalCategory | null {
  const requirement = element.dataset.capConsent ?? element.dataset.capConsentRequires ?? '';
  return requirement.split(/[\s,]+/).find(isOptionalCategory) ?? null;
}

/**
 * The services gated markup names, with the facts written beside the name:
 * `data-cap-consent-service`, `-provider`, `-country`, `-policy` (the
 * provider's privacy policy) and `-cookies` (names separated by spaces).
 */
export function declaredServices(root: ParentNode): DeclaredService[] {
  const declared: DeclaredService[] = [];
  for (const element of root.querySelectorAll<HTMLElement>(NAMED_SERVICE)) {
    const { capConsentService, capConsentProvider, capConsentCountry, capConsentPolicy, capConsentCookies } =
      element.dataset;
    const category = gatingCategory(element);
    const service = capConsentService?.trim();
    if (!category || !service) continue;
    const facts = serviceFacts({
      provider: capConsentProvider,
      country: capConsentCountry,
      policyUrl: capConsentPolicy,
    });
    const cookies = (capConsentCookies ?? '').split(/\s+/).filter(Boolean);
    declared.push({ ...facts, service, category, cookies });
  }
  return declared;
}
