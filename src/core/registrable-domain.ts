const IPV4_PATTERN = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Hosts on which a cookie is always host-only: IP addresses, `localhost` and other single-label names. */
export function isHostOnlyHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return (
    host === '' ||
    !host.includes('.') ||
    host.includes(':') ||
    host.startsWith('[') ||
    IPV4_PATTERN.test(host) ||
    host === 'localhost' ||
    host.endsWith('.localhost')
  );
}

/**
 * Domains a cookie could be set on from `hostname`, shortest first
 * (`a.b.cap.kz` → `kz`, `cap.kz`, `b.cap.kz`, `a.b.cap.kz`). The first one the
 * browser accepts is the registrable domain: browsers refuse public suffixes,
 * so no public-suffix list has to be shipped. Empty for host-only hosts.
 */
export function cookieDomainCandidates(hostname: string): string[] {
  if (isHostOnlyHost(hostname)) return [];
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  return labels.map((_, index) => labels.slice(labels.length - 1 - index).join('.'));
}
