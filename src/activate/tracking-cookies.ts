import { cookieDomainCandidates } from '../core/index.js';

/**
 * Cookie names or name prefixes ending in `*` (`_ga_*` matches `_ga_ABC123`).
 * A plain name matches only itself.
 */
export type CookiePattern = string;

export function matchesCookiePattern(name: string, pattern: CookiePattern): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

function pageCookieNames(): string[] {
  try {
    return document.cookie
      .split(';')
      .map((pair) => pair.split('=')[0].trim())
      .filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * Deletes the page's cookies matching any of `patterns`: host-only and on each
 * parent domain of the current host up to the registrable domain (trackers set
 * theirs on `.cap.kz`), path `/`. Returns the names deleted.
 */
export function deleteCookies(patterns: readonly CookiePattern[]): string[] {
  const names = pageCookieNames().filter((name) => patterns.some((pattern) => matchesCookiePattern(name, pattern)));
  if (names.length === 0) return names;
  const domains = ['', ...cookieDomainCandidates(location.hostname).map((domain) => `; domain=${domain}`)];
  for (const name of new Set(names)) {
    for (const domain of domains) document.cookie = `${name}=; path=/; max-age=0${domain}`;
  }
  return names;
}
