/** Gated markup that names its service for the disclosure. */
export const NAMED_SERVICE = '[data-cap-consent-service]';

/** Whether any markup under `root` names its service (then the disclosure code is worth loading). */
export function namesServices(root: ParentNode): boolean {
  return root.querySelector(NAMED_SERVICE) !== null;
}
