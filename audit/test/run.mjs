// `npm test -w audit`: builds the audit, runs every *.test.mjs with node's test runner, then prints one
// `N passed, N failed` line.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

/** Ends the run before any test, still with the summary line. */
function cannotRun(why) {
  console.error(`cap-consent-audit tests: ${why}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (!existsSync(fileURLToPath(new URL('../../dist/core.js', import.meta.url)))) {
  cannotRun('the element is not built; run `npm run build` at the repository root first');
}
try {
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
  });
} catch {
  cannotRun('the audit does not build (see above)');
}

const folder = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.test.mjs'))
  .sort()
  .map((name) => `${folder}${name}`);

let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: 1 });
stream.on('test:pass', ({ details }) => {
  if (details.type !== 'suite') passed += 1;
});
stream.on('test:fail', ({ details }) => {
  if (details.type !== 'suite') failed += 1;
});
const report = stream.compose(spec);
report.pipe(process.stdout, { end: false });
report.on('end', () => {
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
});
