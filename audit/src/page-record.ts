import { DEFAULT_OPTIONS, isHostOnlyHost } from 'cap-consent/core';
import { classifyState } from './classify.js';
import { disclosedServices } from './disclosure.js';
import { pageFindings } from './findings.js';
import type { ConsentState, PageRecord, StateRecord } from './model.js';
import type { FetchedFile, PageMarkup } from './page-facts.js';
import type { StateVisit } from './visit.js';

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

/**
 * The record of one page from its visits in the three states (each with its
 * markup): what each state loaded, what the page discloses, what is flagged.
 */
export function pageRecord(
  visits: readonly StateVisit[],
  siteDomain: string,
  maxCookieDays: number,
): { page: PageRecord; links: readonly string[] } {
  const markup = visits[0].markup!;
  const url = visits[0].finalUrl;
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
    maxCookieDays,
  });
  return {
    page: {
      url,
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

/** A page that could not be audited, with a finding that says why. */
export function failedPage(url: string, siteDomain: string, problems: readonly string[]): PageRecord {
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
