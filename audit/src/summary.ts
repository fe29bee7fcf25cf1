import { CONSENT_STATES, FINDING_KINDS, type AuditReport, type ConsentState, type FindingKind } from './model.js';

export interface StateTotals {
  readonly state: ConsentState;
  /** Known trackers that received requests, by service. */
  readonly trackers: readonly string[];
  readonly trackerRequests: number;
  /** Third-party hosts the table does not know. */
  readonly otherHosts: readonly string[];
  /** Distinct cookies (name and domain) over all pages. */
  readonly cookies: number;
}

export interface AuditSummary {
  readonly pages: number;
  readonly findings: number;
  readonly findingsByKind: Readonly<Record<FindingKind, number>>;
  readonly states: readonly StateTotals[];
}

/** The report's headline numbers. */
export function summarize(report: AuditReport): AuditSummary {
  const findingsByKind = Object.fromEntries(
    FINDING_KINDS.map((kind) => [kind, report.findings.filter((finding) => finding.kind === kind).length]),
  ) as Record<FindingKind, number>;
  const states = CONSENT_STATES.map((state): StateTotals => {
    const records = report.pages.flatMap((page) => page.states.filter((record) => record.state === state));
    const groups = records.flatMap((record) => record.thirdParty);
    const trackerGroups = groups.filter((group) => group.vendor !== null);
    return {
      state,
      trackers: [...new Set(trackerGroups.map((group) => group.label))].sort(),
      trackerRequests: trackerGroups.reduce((sum, group) => sum + group.requests.length, 0),
      otherHosts: [...new Set(groups.filter((group) => group.vendor === null).flatMap((group) => group.hosts))].sort(),
      cookies: new Set(records.flatMap((record) => record.cookies.map((cookie) => `${cookie.name} ${cookie.domain}`)))
        .size,
    };
  });
  return { pages: report.pages.length, findings: report.findings.length, findingsByKind, states };
}
