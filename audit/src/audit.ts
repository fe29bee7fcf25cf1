import { launchBrowser, type BrowserSettings } from './browser.js';
import { crawlSite, type CrawlSettings } from './crawl.js';
import type { AuditReport, PageRecord } from './model.js';
import { SILENT_PROGRESS, type Progress } from './progress.js';

export interface AuditRun extends CrawlSettings, BrowserSettings {
  readonly startUrls: readonly string[];
}

/** Crawls each start URL in the three consent states and returns the report. */
export async function runAudit(run: AuditRun, progress: Progress = SILENT_PROGRESS): Promise<AuditReport> {
  const startedAt = new Date().toISOString();
  const browser = await launchBrowser(run);
  const pages: PageRecord[] = [];
  try {
    for (const startUrl of run.startUrls) pages.push(...(await crawlSite(browser, startUrl, run, progress)));
  } finally {
    progress.done();
    await browser.close();
  }
  return {
    tool: 'cap-consent-audit',
    startedAt,
    finishedAt: new Date().toISOString(),
    settings: {
      startUrls: run.startUrls,
      maxPages: run.maxPages,
      followSubdomains: run.followSubdomains,
      maxCookieDays: run.maxCookieDays,
    },
    pages,
    findings: pages.flatMap((page) => page.findings),
  };
}
