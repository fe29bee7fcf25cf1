// `npm test -w audit`: every *.test.mjs with node's test runner, then one `N passed, N failed` line.
import { readdirSync } from 'node:fs';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

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
