/**
 * What the audit reads from inside a page. Each function is passed to
 * `page.evaluate`, so it runs in the browser and uses nothing from this module.
 */

export const ELEMENT_TAG = 'cap-consent';

/** One piece of gated markup, or an element that names its service. */
export interface GatedMarkup {
  readonly tag: string;
  /** `data-cap-consent` (the category it waits for), or null. */
  readonly category: string | null;
  /** `data-cap-consent-service`, or null. */
  readonly service: string | null;
  /** `src` or `data-src`, resolved against the page. */
  readonly url: string | null;
}

export interface PageMarkup {
  readonly hasElement: boolean;
  readonly hasOpener: boolean;
  readonly cookieName: string | null;
  readonly configSrc: string | null;
  /** `el.config`, when the page sets the config as an object instead of `config-src`. */
  readonly config: unknown;
  readonly gated: readonly GatedMarkup[];
  /** Links on the page, absolute, without their fragment. */
  readonly links: readonly string[];
}

export function readPageMarkup(tag: string): PageMarkup {
  const element = document.querySelector(tag) as (HTMLElement & { config?: unknown }) | null;
  const absolute = (value: string | null): string | null => {
    if (!value) return null;
    try {
      return new URL(value, document.baseURI).href;
    } catch {
      return null;
    }
  };
  const gated = Array.from(document.querySelectorAll('[data-cap-consent], [data-cap-consent-service]')).map((node) => ({
    tag: node.localName,
    category: node.getAttribute('data-cap-consent'),
    service: node.getAttribute('data-cap-consent-service'),
    url: absolute(node.getAttribute('src') ?? node.getAttribute('data-src')),
  }));
  const links = Array.from(document.querySelectorAll('a[href]'))
    .map((link) => absolute(link.getAttribute('href')))
    .filter((href): href is string => href !== null)
    .map((href) => href.replace(/#.*$/, ''));
  let config: unknown = null;
  try {
    config = JSON.parse(JSON.stringify(element?.config ?? null));
  } catch {
    config = null;
  }
  return {
    hasElement: element !== null,
    hasOpener: document.querySelector('[data-cap-consent-open]') !== null,
    cookieName: element?.getAttribute('cookie-name') ?? null,
    configSrc: absolute(element?.getAttribute('config-src') ?? null),
    config,
    gated,
    links: [...new Set(links)],
  };
}

/** What the element reports: its consent record's categories, or null. */
export function readReportedConsent(tag: string): { statistics: boolean; marketing: boolean } | null {
  const consent = (document.querySelector(tag) as (HTMLElement & { consent?: unknown }) | null)?.consent as
    { statistics?: unknown; marketing?: unknown } | null | undefined;
  if (!consent) return null;
  return { statistics: consent.statistics === true, marketing: consent.marketing === true };
}

export function readStorageKeys(): { localStorage: string[]; sessionStorage: string[] } {
  const keys = (storage: Storage): string[] => {
    try {
      return Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '').sort();
    } catch {
      return [];
    }
  };
  return { localStorage: keys(window.localStorage), sessionStorage: keys(window.sessionStorage) };
}

/** Waits for the element to be defined and its config loaded (and its granted pixels started). */
export async function elementSettled(tag: string): Promise<void> {
  await customElements.whenDefined(tag);
  await (document.querySelector(tag) as (HTMLElement & { configComplete?: Promise<void> }) | null)?.configComplete;
}

/**
 * The shortest domain on which the browser accepts a cookie, among
 * `candidates` (shortest first): the registrable domain, found the way the
 * element finds it. Null when the browser takes none (host-only hosts).
 */
export function probeCookieDomain(candidates: readonly string[]): string | null {
  const probe = '__cap_consent_audit_probe';
  for (const domain of candidates) {
    document.cookie = `${probe}=1; path=/; domain=${domain}`;
    const accepted = document.cookie.split('; ').some((pair) => pair.startsWith(`${probe}=`));
    if (accepted) {
      document.cookie = `${probe}=; path=/; domain=${domain}; max-age=0`;
      return domain;
    }
  }
  return null;
}

/** A file fetched by the page, as the element fetches its `config-src`. */
export type FetchedFile = { readonly text: string } | { readonly problem: string };

export async function fetchFromPage(url: string): Promise<FetchedFile> {
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) return { problem: `HTTP ${response.status}` };
    return { text: await response.text() };
  } catch (error) {
    return { problem: String(error) };
  }
}
