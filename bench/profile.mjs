// node bench/profile.mjs [--subject cap-consent] [--visit returning|first] [--runs 5]: where one subject's script time
// goes. CPU profiles of the chosen visit (4x throttle, as in the bench), self time summed by function and file, and
// the median ScriptDuration of the same visits measured again without the profiler (for before/after comparisons).
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { SUBJECTS } from './subjects.mjs';
import { startServer } from './server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    subject: { type: 'string', default: 'cap-consent' },
    visit: { type: 'string', default: 'returning' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '8883' },
  },
});
const subject = SUBJECTS.find((candidate) => candidate.name === args.subject);
if (!subject) throw new Error(`no subject "${args.subject}"`);

const server = await startServer({ root: ROOT, port: Number(args.port), subjects: SUBJECTS });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const selfTime = new Map();
const scriptMs = [];
let totalMs = 0;

async function profiledVisit(context, url, profiled) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${origin}/blank.html`);
  if (!profiled) {
    await cdp.send('Performance.enable');
    const scriptSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration').value;
    const before = await scriptSeconds();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    scriptMs.push(Math.max(0, (await scriptSeconds()) - before) * 1000);
    return page;
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, index) => {
    const { callFrame } = byId.get(id);
    if (['(idle)', '(program)', '(root)'].includes(callFrame.functionName)) return;
    const file = callFrame.url ? new URL(callFrame.url).pathname : '';
    const key = `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber}:${callFrame.columnNumber}`;
    const ms = (deltas[index + 1] ?? 0) / 1000;
    selfTime.set(key, (selfTime.get(key) ?? 0) + ms);
    totalMs += ms;
  });
  return page;
}

const runs = Number(args.runs);
for (let run = 0; run < 2 * runs; run += 1) {
  const profiled = run % 2 === 0;
  const context = await browser.newContext();
  if (args.visit === 'returning') {
    const first = await context.newPage();
    await first.goto(`${origin}/${subject.name}.html?first-visit`, { waitUntil: 'load' });
    await first.locator(subject.acceptSelector).click();
    await first.waitForLoadState('networkidle');
    await first.close();
    await (await profiledVisit(context, `${origin}/${subject.name}.html`, profiled)).close();
  } else {
    await (await profiledVisit(context, `${origin}/${subject.name}.html?first-visit`, profiled)).close();
  }
  await context.close();
}
await browser.close();
server.close();

const sorted = scriptMs.sort((a, b) => a - b);
console.log(
  `${args.subject}, ${args.visit} visit, 4x throttle: ScriptDuration median ${sorted[Math.floor(runs / 2)].toFixed(1)} ms ` +
    `(${sorted[0].toFixed(1)}–${sorted.at(-1).toFixed(1)}) over ${runs} visits; profiled: ${(totalMs / runs).toFixed(1)} ms ` +
    'of samples per visit',
);
for (const [key, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.log(`${(ms / runs).toFixed(2).padStart(8)} ms  ${key}`);
}
