import { parseArgs } from 'node:util';
import type { AuditRun } from './audit.js';

export interface CliOptions extends AuditRun {
  readonly htmlPath: string;
  readonly jsonPath: string | null;
}

export const USAGE = `Usage: cap-consent-audit <url>... [options]

Loads each page in three fresh browser states (no decision, necessary only,
accept all), follows same-origin links, and reports cookies and trackers.
Exit code: 0 nothing flagged, 1 something flagged, 2 the audit could not run.

Options:
  --pages <n>                   pages per start URL (default 20)
  --follow-subdomains           also follow links to other hosts of the site (lms.cap.kz
                                from shop.cap.kz); by default only the start URL's host
  --out <file>                  HTML report (default cap-consent-audit.html)
  --json <file>                 JSON report as well
  --max-cookie-days <n>         flag cookies asked to live longer (default 400)
  --host-resolver-rules <rules> Chromium host rules, e.g. "MAP *.cap.kz 127.0.0.1"
                                (env CAP_CONSENT_AUDIT_HOST_RESOLVER_RULES)
  --chromium <path>             Chromium binary (env CHROMIUM_PATH, default /usr/bin/chromium)
  --timeout <seconds>           per page load, banner and network wait (default 30)
  --help`;

/** A problem with the command line, said to the user with the usage. */
export class UsageError extends Error {}

function positiveInteger(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`--${name} must be a whole number of at least 1, not "${raw}"`);
  return value;
}

/** Reads the command line; null when help was asked for. */
export function parseCliOptions(args: readonly string[], env: NodeJS.ProcessEnv): CliOptions | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        pages: { type: 'string' },
        'follow-subdomains': { type: 'boolean' },
        out: { type: 'string' },
        json: { type: 'string' },
        'max-cookie-days': { type: 'string' },
        'host-resolver-rules': { type: 'string' },
        chromium: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length === 0) throw new UsageError('give at least one start URL');
  for (const url of positionals) {
    let protocol = '';
    try {
      protocol = new URL(url).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'http:' && protocol !== 'https:') throw new UsageError(`"${url}" is not an http(s) URL`);
  }
  return {
    startUrls: positionals,
    maxPages: positiveInteger(values.pages, 'pages', 20),
    followSubdomains: values['follow-subdomains'] ?? false,
    maxCookieDays: positiveInteger(values['max-cookie-days'], 'max-cookie-days', 400),
    timeoutMs: positiveInteger(values.timeout, 'timeout', 30) * 1000,
    htmlPath: values.out ?? 'cap-consent-audit.html',
    jsonPath: values.json ?? null,
    hostResolverRules: values['host-resolver-rules'] ?? env.CAP_CONSENT_AUDIT_HOST_RESOLVER_RULES ?? '',
    executablePath: values.chromium ?? env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
}
