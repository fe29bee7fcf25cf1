#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';
import { runAudit } from './audit.js';
import { USAGE, UsageError, parseCliOptions } from './cli-options.js';
import type { AuditReport } from './model.js';
import { progressLine } from './progress.js';
import { renderHtmlReport } from './report-html.js';

const SHOWN_FINDINGS = 20;

function printSummary(report: AuditReport, paths: readonly string[]): void {
  const { pages, findings } = report;
  console.log(`cap-consent-audit: ${pages.length} page(s), ${findings.length} finding(s); report: ${paths.join(', ')}`);
  for (const finding of findings.slice(0, SHOWN_FINDINGS)) {
    console.log(
      `  ${finding.kind}${finding.state ? ` [${finding.state}]` : ''} ${finding.page}: ${finding.subject} — ${finding.evidence}`,
    );
  }
  if (findings.length > SHOWN_FINDINGS) console.log(`  … and ${findings.length - SHOWN_FINDINGS} more in the report`);
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseCliOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`cap-consent-audit: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  const report = await runAudit(options, progressLine());
  await writeFile(options.htmlPath, renderHtmlReport(report));
  if (options.jsonPath) await writeFile(options.jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  printSummary(report, [options.htmlPath, ...(options.jsonPath ? [options.jsonPath] : [])]);
  return report.findings.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `cap-consent-audit: the audit could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 2;
  },
);
