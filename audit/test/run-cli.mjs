// Runs the built CLI as a site's CI would, and reads the reports it writes.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Runs `cap-consent-audit` with `args`; resolves with its exit code, output and both reports. */
export async function runCli(args) {
  const folder = await mkdtemp(join(tmpdir(), 'cap-consent-audit-'));
  const htmlPath = join(folder, 'report.html');
  const jsonPath = join(folder, 'report.json');
  const { code, stdout, stderr } = await new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args, '--out', htmlPath, '--json', jsonPath], (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
  const read = (path) => readFile(path, 'utf8').catch(() => null);
  const json = await read(jsonPath);
  return { code, stdout, stderr, htmlPath, html: await read(htmlPath), report: json && JSON.parse(json) };
}

/** The report's records of one consent state, over all pages. */
export function statesOf(report, state) {
  return report.pages.flatMap((page) => page.states.filter((record) => record.state === state));
}

/** Names of the cookies of one state (sorted, removed ones marked). */
export function cookieNames(report, state) {
  return [
    ...new Set(
      statesOf(report, state).flatMap((record) =>
        record.cookies.map((cookie) => `${cookie.name}${cookie.removed ? ' (removed)' : ''}`),
      ),
    ),
  ].sort();
}

/** Services of the known trackers that one state sent requests to. */
export function trackersOf(report, state) {
  return [
    ...new Set(
      statesOf(report, state).flatMap((record) =>
        record.thirdParty.filter((group) => group.vendor).map((group) => group.label),
      ),
    ),
  ].sort();
}

/** How many findings of each kind, as `{kind: count}`. */
export function findingCounts(report) {
  const counts = {};
  for (const finding of report.findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  return counts;
}
