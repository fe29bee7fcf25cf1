// `npm test`: the element's browser tests, then each workspace's tests (service, console, audit) and the
// root Node tests; each part ends with "N passed, N failed", and the last line is the total over all parts.
// A part that ends without such a line counts as one failure. TEST_PARTS=element,service runs only those.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const rootPackage = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Colour codes (ESC [ … letter) are stripped before a line is matched.
const COLOUR = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*[A-Za-z]', 'g');
const SUMMARY = /^(?:\w+: )?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/;

function workspaceHasTests(folder) {
  try {
    return Boolean(
      JSON.parse(readFileSync(new URL(`../${folder}/package.json`, import.meta.url), 'utf8')).scripts?.test,
    );
  } catch {
    return false;
  }
}

const parts = [
  { name: 'element', command: ['npx', 'web-test-runner'] },
  ...(rootPackage.scripts['test:node'] ? [{ name: 'node', command: ['npm', 'run', '--silent', 'test:node'] }] : []),
  ...(rootPackage.workspaces ?? [])
    .filter(workspaceHasTests)
    .map((folder) => ({ name: folder, command: ['npm', 'test', '--silent', '-w', folder] })),
];
const wanted = process.env.TEST_PARTS?.split(',');

/** Runs one part, echoing its output, and returns the counts of its last summary line. */
function run({ command }) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = null;
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const match = SUMMARY.exec(line.replace(COLOUR, ''));
        if (match) last = { passed: +match[1], failed: +match[2], skipped: +(match[3] ?? 0) };
      }
    });
    child.on('close', (code) => resolve({ code, counts: last }));
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const part of parts.filter((part) => !wanted || wanted.includes(part.name))) {
  process.stdout.write(`\n=== tests: ${part.name}\n`);
  const { code, counts } = await run(part);
  const result = counts ?? { passed: 0, failed: 1, skipped: 0 };
  if (code !== 0 && result.failed === 0) result.failed = 1;
  for (const key of Object.keys(totals)) totals[key] += result[key];
  lines.push(`${part.name}: ${result.passed} passed, ${result.failed} failed${counts ? '' : ' (no summary line)'}`);
}
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
process.stdout.write(`\n${lines.join('\n')}\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exit(totals.failed === 0 ? 0 : 1);
