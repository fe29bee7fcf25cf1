import type { Cookie } from 'playwright-core';
import type { CookieWrite, ObservedCookie, ObservedRequest, StateRecord, VendorRequests } from './model.js';
import { hostMatches, trackerForCookie, trackerForUrl, trackerById } from './trackers.js';
import type { StateVisit } from './visit.js';

/** Vendor id the report gives the element's own cookie. */
export const CONSENT_VENDOR = 'consent';

const DAY_S = 86_400;

/** The page's host and site (its registrable domain), and the name of its consent cookie. */
export interface SiteContext {
  readonly pageHost: string;
  readonly siteDomain: string;
  readonly consentCookieName: string;
}

export function isFirstPartyHost(host: string, { siteDomain }: SiteContext): boolean {
  return hostMatches(host.replace(/^\./, ''), siteDomain);
}

/** The site's last write of a cookie, when the audit saw one. */
function lastWrite(writes: readonly CookieWrite[], name: string): CookieWrite | undefined {
  return writes.filter((write) => write.name === name && !write.deletes).at(-1);
}

function cookieVendor(name: string, domain: string, write: CookieWrite | undefined, site: SiteContext): string | null {
  if (name === site.consentCookieName) return CONSENT_VENDOR;
  const tracker =
    trackerForCookie(name) ?? trackerForUrl(write?.setBy) ?? trackerForUrl(`https://${domain.replace(/^\./, '')}/`);
  return tracker?.id ?? null;
}

function classifyCookie(cookie: Cookie, writes: readonly CookieWrite[], site: SiteContext): ObservedCookie {
  const write = lastWrite(writes, cookie.name);
  const vendor = cookieVendor(cookie.name, cookie.domain, write, site);
  return {
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    keptDays: cookie.expires > 0 ? (cookie.expires - Date.now() / 1000) / DAY_S : null,
    askedDays: write?.askedDays ?? null,
    firstParty: isFirstPartyHost(cookie.domain, site),
    vendor,
    setBy: write ? { via: write.via, url: write.setBy } : null,
    removed: false,
  };
}

/** Trackers' cookies that were written during the state but are not in the jar at the end. */
function removedTrackerCookies(visit: StateVisit, site: SiteContext): ObservedCookie[] {
  const inJar = new Set(visit.jar.map((cookie) => cookie.name));
  const names = new Set(
    visit.cookieWrites.filter((write) => !write.deletes && !inJar.has(write.name)).map((write) => write.name),
  );
  return [...names].flatMap((name) => {
    const write = lastWrite(visit.cookieWrites, name)!;
    const domain = write.domain ?? (write.via === 'Set-Cookie' ? new URL(write.setBy).hostname : site.pageHost);
    const vendor = cookieVendor(name, domain, write, site);
    if (vendor === null || vendor === CONSENT_VENDOR) return [];
    return [
      {
        name,
        domain,
        path: '/',
        keptDays: null,
        askedDays: write.askedDays,
        firstParty: isFirstPartyHost(domain, site),
        vendor,
        setBy: { via: write.via, url: write.setBy },
        removed: true,
      },
    ];
  });
}

/** Third-party requests grouped by tracker; hosts the table does not know are grouped by host. */
function groupThirdParty(requests: readonly ObservedRequest[], site: SiteContext): VendorRequests[] {
  const groups = new Map<
    string,
    { vendor: string | null; label: string; hosts: Set<string>; requests: ObservedRequest[] }
  >();
  for (const request of requests) {
    if (isFirstPartyHost(request.host, site)) continue;
    const tracker = trackerForUrl(request.url);
    const key = tracker ? `tracker:${tracker.id}` : `host:${request.host}`;
    const group = groups.get(key) ?? {
      vendor: tracker?.id ?? null,
      label: tracker ? tracker.service : request.host,
      hosts: new Set<string>(),
      requests: [],
    };
    group.hosts.add(request.host);
    group.requests.push(request);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ ...group, hosts: [...group.hosts].sort() }));
}

export function classifyState(visit: StateVisit, site: SiteContext): StateRecord {
  return {
    state: visit.state,
    consent: visit.consent,
    cookies: [
      ...visit.jar.map((cookie) => classifyCookie(cookie, visit.cookieWrites, site)),
      ...removedTrackerCookies(visit, site),
    ],
    cookieWrites: visit.cookieWrites,
    localStorage: visit.localStorage,
    sessionStorage: visit.sessionStorage,
    thirdParty: groupThirdParty(visit.requests, site),
    problems: visit.problems,
  };
}

/** A readable name for a vendor id. */
export function vendorLabel(vendor: string | null): string {
  if (vendor === CONSENT_VENDOR) return 'cap-consent';
  return (vendor && trackerById(vendor)?.service) ?? '—';
}
