import type { Browser } from 'playwright-core';
import { registrableDomain } from './browser.js';
import { CONSENT_STATES, type PageRecord } from './model.js';
import { failedPage, pageRecord } from './page-record.js';
import type { Progress } from './progress.js';
import { hostMatches } from './trackers.js';
import { visitInState, type StateVisit } from './visit.js';

export interface CrawlSettings {
  readonly maxPages: number;
  /** Follow links to other hosts of the same registrable domain (lms.cap.kz from shop.cap.kz), not only the start host. */
  readonly followSubdomains: boolean;
  readonly maxCookieDays: number;
  readonly timeoutMs: number;
}

/** A page audited in the three states, or why the address is not one. */
type PageAudit = { readonly page: PageRecord; readonly links: readonly string[] } | { readonly notPage: string };

/** Audits one page in the three consent states. */
async function auditPage(
  browser: Browser,
  url: string,
  siteDomain: string,
  settings: CrawlSettings,
  progress: Progress,
): Promise<PageAudit> {
  const visits: StateVisit[] = [];
  for (const state of CONSENT_STATES) {
    progress.step(url, state);
    const visit = await visitInState(browser, url, state, settings.timeoutMs);
    if (visit.notPage) return { notPage: visit.notPage };
    if (!visit.markup) return { page: failedPage(url, siteDomain, visit.problems), links: [] };
    visits.push(visit);
  }
  return pageRecord(visits, siteDomain, settings.maxCookieDays);
}

/** Links to files that are not pages; they are not loaded. */
const FILE_LINK =
  /\.(pdf|zip|rar|7z|gz|docx?|xlsx?|pptx?|odt|csv|json|xml|txt|jpe?g|png|gif|webp|svg|ico|mp[34]|webm|avi|mov)$/i;

/**
 * Audits `startUrl` and the pages its links reach on the same origin (the
 * start page's, after redirects; with `followSubdomains`, on any host of its
 * site), breadth first, up to `maxPages` HTML pages.
 * A start URL that is not an HTML page is reported; a link that is not is skipped.
 */
export async function crawlSite(
  browser: Browser,
  startUrl: string,
  settings: CrawlSettings,
  progress: Progress,
): Promise<PageRecord[]> {
  const siteDomain = await registrableDomain(browser, startUrl);
  const queue = [new URL(startUrl).href.replace(/#.*$/, '')];
  const queued = new Set(queue);
  const pages: PageRecord[] = [];
  let origin: string | null = null;
  while (queue.length > 0 && pages.length < settings.maxPages) {
    const url = queue.shift()!;
    progress.page(pages.length + 1, settings.maxPages);
    const audited = await auditPage(browser, url, siteDomain, settings, progress);
    if ('notPage' in audited) {
      if (origin === null) pages.push(failedPage(url, siteDomain, [`the start URL ${audited.notPage}`]));
      continue;
    }
    pages.push(audited.page);
    origin ??= new URL(audited.page.url).origin;
    queued.add(audited.page.url);
    const { protocol } = new URL(origin);
    const follows = ({ origin: linkOrigin, protocol: linkProtocol, hostname }: URL) =>
      linkOrigin === origin ||
      (settings.followSubdomains && linkProtocol === protocol && hostMatches(hostname, siteDomain));
    for (const link of audited.links) {
      const target = new URL(link);
      if (!follows(target) || FILE_LINK.test(target.pathname) || queued.has(link)) continue;
      queued.add(link);
      queue.push(link);
    }
  }
  return pages;
}
