/** What the audit records and reports; the JSON report is an `AuditReport`. */

export const CONSENT_STATES = ['no-decision', 'necessary-only', 'accept-all'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

/** A cookie as the site asked for it: a `Set-Cookie` header or a `document.cookie` write. */
export interface CookieWrite {
  readonly name: string;
  readonly via: 'Set-Cookie' | 'document.cookie';
  /** The response that carried the header, or the script that wrote (the page itself for inline scripts). */
  readonly setBy: string;
  /** The Domain attribute, or null for a host-only cookie. */
  readonly domain: string | null;
  /** Lifetime asked for, in days; null for a session cookie. */
  readonly askedDays: number | null;
  /** A write that removes the cookie (Max-Age ≤ 0 or an Expires in the past). */
  readonly deletes: boolean;
}

/** A cookie in the browser's jar at the end of a state, or a tracker's cookie written and removed before then. */
export interface ObservedCookie {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  /** Lifetime the browser keeps, in days; null for a session cookie. */
  readonly keptDays: number | null;
  /** Lifetime the site asked for in its last write, when the audit saw the write. */
  readonly askedDays: number | null;
  readonly firstParty: boolean;
  /** Tracker id (see trackers.ts), `consent` for the element's own cookie, or null. */
  readonly vendor: string | null;
  readonly setBy: { readonly via: CookieWrite['via']; readonly url: string } | null;
  /** Written during the state but gone from the jar at the end (the element removes trackers' cookies it may not keep). */
  readonly removed: boolean;
}

export interface ObservedRequest {
  readonly url: string;
  readonly host: string;
  readonly resourceType: string;
  /** The script or document that started the request. */
  readonly initiator: string;
}

/** Third-party requests of one vendor (or of one unknown host). */
export interface VendorRequests {
  /** Tracker id, or null for a host the table does not know. */
  readonly vendor: string | null;
  readonly label: string;
  readonly hosts: readonly string[];
  readonly requests: readonly ObservedRequest[];
}

export interface ConsentReported {
  readonly statistics: boolean;
  readonly marketing: boolean;
}

export interface StateRecord {
  readonly state: ConsentState;
  /** What `el.consent` reported at the end (null: no decision, or no element). */
  readonly consent: ConsentReported | null;
  readonly cookies: readonly ObservedCookie[];
  readonly cookieWrites: readonly CookieWrite[];
  readonly localStorage: readonly string[];
  readonly sessionStorage: readonly string[];
  readonly thirdParty: readonly VendorRequests[];
  /** What went wrong while recording this state (a button that never appeared, a page that failed). */
  readonly problems: readonly string[];
}

/** A service the page's configuration tells the visitor about. */
export interface DisclosedService {
  /** Where it is disclosed: `consent.json: metrika`, `markup: <script data-cap-consent="statistics">`. */
  readonly source: string;
  /** The tracker it names, when known. */
  readonly vendor: string | null;
  readonly hosts: readonly string[];
  readonly cookies: readonly string[];
}

export const FINDING_KINDS = [
  'tracker-without-consent',
  'cookie-without-consent',
  'storage-without-consent',
  'undisclosed-tracker',
  'undisclosed-cookie',
  'no-element',
  'no-opener',
  'consent-cookie-domain',
  'decision-not-recorded',
  'cookie-lifetime',
  'page-failed',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  readonly kind: FindingKind;
  readonly page: string;
  readonly state: ConsentState | null;
  /** The request, cookie or element the finding is about. */
  readonly subject: string;
  /** How it got there: the initiator, the response or script that set it, the value found. */
  readonly evidence: string;
}

export interface PageRecord {
  readonly url: string;
  readonly hasElement: boolean;
  readonly hasOpener: boolean;
  readonly registrableDomain: string;
  readonly consentCookieName: string;
  readonly configSrc: string | null;
  readonly configProblems: readonly string[];
  readonly disclosed: readonly DisclosedService[];
  readonly states: readonly StateRecord[];
  readonly findings: readonly Finding[];
}

export interface AuditSettings {
  readonly startUrls: readonly string[];
  readonly maxPages: number;
  readonly followSubdomains: boolean;
  readonly maxCookieDays: number;
}

export interface AuditReport {
  readonly tool: 'cap-consent-audit';
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly settings: AuditSettings;
  readonly pages: readonly PageRecord[];
  readonly findings: readonly Finding[];
}
