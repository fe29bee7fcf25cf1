const POLICY_VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;

/** Policy versions are short tokens ("1", "2024-05", "3.1") so they fit the cookie value unescaped. */
export function isValidPolicyVersion(version: string): boolean {
  return POLICY_VERSION_PATTERN.test(version);
}

/**
 * A decision counts only for the exact version it was made on: any change of
 * the version (up or down) asks the visitor again.
 */
export function isSamePolicyVersion(decidedOn: string, current: string): boolean {
  return decidedOn === current;
}
