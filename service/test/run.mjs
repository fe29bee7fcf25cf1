// `npm test -w service`: the whole suite on PGlite, then again on PostgreSQL when DATABASE_URL is set
// (each test file makes its own database `${TEST_DB_PREFIX}<random>` on that server and drops it).
// Ends with the line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serviceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const files =
  only.length > 0
    ? only
    : readdirSync(path.join(serviceDir, 'test'))
        .filter((name) => name.endsWith('.test.ts'))
        .map((name) => `test/${name}`);
const engines = process.env.DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
if (!process.env.DATABASE_URL) console.log('DATABASE_URL is not set: the suite runs on PGlite only.');

const totals = { passed: 0, failed: 0, skipped: 0 };
const scratch = mkdtempSync(path.join(tmpdir(), 'cap-consent-service-test-'));
for (const engine of engines) {
  console.log(`\n# engine: ${engine}\n`);
  const countFile = path.join(scratch, `${engine}.json`);
  const env = { ...process.env, TEST_ENGINE: engine, TEST_ADMIN_URL: process.env.DATABASE_URL ?? '' };
  delete env.DATABASE_URL;
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./test/count-reporter.mjs',
      `--test-reporter-destination=${countFile}`,
      ...files,
    ],
    { cwd: serviceDir, env, stdio: 'inherit' },
  );
  const counts = JSON.parse(readFileSync(countFile, 'utf8'));
  // A file that crashed outside any test still fails the run.
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  console.log(`# ${engine}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}
rmSync(scratch, { recursive: true, force: true });
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
