import type { Browser } from 'playwright-core';
import { DEFAULT_OPTIONS, isHostOnlyHost } from 'cap-consent/core';
import { registrableDomain } from './browser.js';
import { classifyState } from './classify.js';
import { disclosedServices } from './disclosure.js';
import { pageFindings } from './findings.js';
import { CONSENT_STATES, type ConsentState, type PageRecord, type StateRecord } from './model.js';
import type { FetchedFile, PageMarkup } from './page-facts.js';
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

/** The page's config as the element reads it: `config-src` as the page fetched it, else `el.config`. */
function readConfig(markup: PageMarkup, file: FetchedFile | null): { config: unknown; problems: string[] } {
  if (!markup.configSrc) return { config: markup.config, problems: [] };
  if (!file || 'problem' in file)
    return { config: null, problems: [`${markup.configSrc}: ${file?.problem ?? 'not read'}`] };
  try {
    return { config: JSON.parse(file.text), problems: [] };
  } catch (error) {
    return {
      config: null,
      problems: [`${markup.configSrc}: not JSON (${error instanceof Error ? error.message : error})`],
    };
  }
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
  const markup = visits[0].markup!;
  const site = {
    pageHost: new URL(url).hostname,
    siteDomain,
    consentCookieName: markup.cookieName ?? DEFAULT_OPTIONS.cookieName,
  };
  const states: StateRecord[] = visits.map((visit) => classifyState(visit, site));
  const config = readConfig(markup, visits[0].configFile);
  const disclosure = disclosedServices({
    config: config.config,
    configUrl: markup.configSrc,
    pageUrl: url,
    markup: markup.gated,
  });
  const decided: Partial<Record<ConsentState, boolean>> = Object.fromEntries(
    visits.map((visit) => [visit.state, visit.decided]),
  );
  const findings = pageFindings({
    url,
    hasElement: markup.hasElement,
    hasOpener: markup.hasOpener,
    registrableDomain: siteDomain,
    hostOnly: isHostOnlyHost(new URL(url).hostname),
    disclosed: disclosure.services,
    states,
    decided,
    maxCookieDays: settings.maxCookieDays,
  });
  return {
    page: {
      url: visits[0].finalUrl,
      hasElement: markup.hasElement,
      hasOpener: markup.hasOpener,
      registrableDomain: siteDomain,
      consentCookieName: site.consentCookieName,
      configSrc: markup.configSrc,
      configProblems: [...config.problems, ...disclosure.problems],
      disclosed: disclosure.services,
      states,
      findings,
    },
    links: markup.links,
  };
}

function failedPage(url: string, siteDomain: string, problems: readonly string[]): PageRecord {
  return {
    url,
    hasElement: false,
    hasOpener: false,
    registrableDomain: siteDomain,
    consentCookieName: DEFAULT_OPTIONS.cookieName,
    configSrc: null,
    configProblems: [],
    disclosed: [],
    states: [],
    findings: [
      { kind: 'page-failed', page: url, state: null, subject: url, evidence: [...new Set(problems)].join('; ') },
    ],
  };
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
