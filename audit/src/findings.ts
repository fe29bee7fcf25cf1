import { CONSENT_VENDOR, vendorLabel } from './classify.js';
import { isCookieDisclosed, isRequestDisclosed } from './disclosure.js';
import type { ConsentState, DisclosedService, Finding, FindingKind, ObservedCookie, StateRecord } from './model.js';
import { trackerForCookie } from './trackers.js';

export interface PageFacts {
  readonly url: string;
  readonly hasElement: boolean;
  readonly hasOpener: boolean;
  readonly registrableDomain: string;
  /** True where cookies are host-only (localhost, IP addresses): the consent cookie has no Domain then. */
  readonly hostOnly: boolean;
  readonly disclosed: readonly DisclosedService[];
  readonly states: readonly StateRecord[];
  /** Per decided state: whether the element reported a decision after the button was pressed. */
  readonly decided: Partial<Record<ConsentState, boolean>>;
  readonly maxCookieDays: number;
}

const BEFORE_CONSENT: readonly ConsentState[] = ['no-decision', 'necessary-only'];

function describeCookie(cookie: ObservedCookie): string {
  return `${cookie.name} (${cookie.domain}${cookie.path})`;
}

function cookieEvidence(cookie: ObservedCookie): string {
  const vendor = cookie.vendor ? `${vendorLabel(cookie.vendor)}; ` : cookie.firstParty ? '' : 'third-party; ';
  const setBy = cookie.setBy ? `${cookie.setBy.via} by ${cookie.setBy.url}` : 'set by an unseen write';
  return `${vendor}${setBy}${cookie.removed ? ' (removed again before the end)' : ''}`;
}

/** A cookie only consent allows: a tracker's, or any cookie of another site. */
function needsConsent(cookie: ObservedCookie): boolean {
  if (cookie.vendor === CONSENT_VENDOR) return false;
  return cookie.vendor !== null || !cookie.firstParty;
}

function roundDays(days: number): string {
  return `${Math.round(days)} days`;
}

/** Everything the audit flags on one page, each with its evidence. */
export function pageFindings(page: PageFacts): Finding[] {
  const findings: Finding[] = [];
  const flag = (kind: FindingKind, state: ConsentState | null, subject: string, evidence: string) =>
    findings.push({ kind, page: page.url, state, subject, evidence });

  if (!page.hasElement) flag('no-element', null, '<cap-consent>', 'the page has no <cap-consent> element');
  if (!page.hasOpener) {
    flag('no-opener', null, '[data-cap-consent-open]', 'no element opens the cookie settings again (withdrawal route)');
  }

  for (const record of page.states) {
    const { state } = record;
    const beforeConsent = BEFORE_CONSENT.includes(state);
    for (const group of record.thirdParty) {
      if (group.vendor === null) continue;
      const first = group.requests[0];
      const evidence = `${group.requests.length} request(s), first ${first.url} started by ${first.initiator}`;
      if (beforeConsent) flag('tracker-without-consent', state, group.label, evidence);
      else if (!group.hosts.every((host) => isRequestDisclosed(host, group.vendor, page.disclosed))) {
        flag('undisclosed-tracker', state, group.label, evidence);
      }
    }
    for (const cookie of record.cookies.filter(needsConsent)) {
      if (beforeConsent) flag('cookie-without-consent', state, describeCookie(cookie), cookieEvidence(cookie));
      else if (!isCookieDisclosed(cookie.name, cookie.vendor, page.disclosed)) {
        flag('undisclosed-cookie', state, describeCookie(cookie), cookieEvidence(cookie));
      }
    }
    if (beforeConsent) {
      for (const [area, keys] of [
        ['localStorage', record.localStorage],
        ['sessionStorage', record.sessionStorage],
      ] as const) {
        for (const key of keys) {
          const tracker = trackerForCookie(key);
          if (tracker) flag('storage-without-consent', state, `${area}: ${key}`, tracker.service);
        }
      }
    }
    if (state !== 'no-decision' && page.hasElement) checkConsentCookie(page, record, flag);
  }

  const reported = new Set<string>();
  for (const record of page.states) {
    for (const write of record.cookieWrites) {
      const key = `${write.name} ${write.setBy}`;
      if (write.askedDays === null || write.askedDays <= page.maxCookieDays || reported.has(key)) continue;
      reported.add(key);
      flag(
        'cookie-lifetime',
        record.state,
        write.name,
        `${write.via} by ${write.setBy} asks for ${roundDays(write.askedDays)} (limit ${page.maxCookieDays})`,
      );
    }
  }
  return findings;
}

function checkConsentCookie(
  page: PageFacts,
  record: StateRecord,
  flag: (kind: FindingKind, state: ConsentState | null, subject: string, evidence: string) => void,
): void {
  const consentCookie = record.cookies.find((cookie) => cookie.vendor === CONSENT_VENDOR);
  if (!page.decided[record.state] || !consentCookie) {
    const why = record.problems.at(-1) ?? 'the element stored no consent cookie';
    flag('decision-not-recorded', record.state, '<cap-consent>', why);
    return;
  }
  const expected = page.hostOnly ? page.registrableDomain : `.${page.registrableDomain}`;
  if (consentCookie.domain !== expected) {
    flag(
      'consent-cookie-domain',
      record.state,
      describeCookie(consentCookie),
      `Domain is ${consentCookie.domain}, expected ${expected} so that every subdomain shares the decision`,
    );
  }
}
