/** `cap-consent-audit` as a library: run the audit, render its report. */
export { runAudit, type AuditRun } from './audit.js';
export { renderHtmlReport } from './report-html.js';
export { summarize, type AuditSummary } from './summary.js';
export * from './model.js';
export { TRACKERS, type Tracker } from './trackers.js';
