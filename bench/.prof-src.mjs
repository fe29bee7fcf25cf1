// node bench/profile.mjs [--subject cap-consent] [--visit returning|first] [--runs 5] [--dist DIR --dist DIR]:
// where one subject's script time goes. CPU profiles of the chosen visit (4x throttle, as in the bench), self time
// summed by function and file, and the median ScriptDuration of the same visits measured again without the profiler.
// With two or more --dist builds (each a copy of dist/), every run visits each build in turn, so drift on the machine
// spreads over all of them: an A/B check of one change. --profile false skips the profiled visits.
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { PIXEL_VARIANTS, SUBJECTS } from './subjects.mjs';
import { startServer } from './server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    subject: { type: 'string', default: 'cap-consent' },
    visit: { type: 'string', default: 'returning' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '8883' },
    dist: { type: 'string', multiple: true, default: [join(ROOT, 'dist')] },
    profile: { type: 'string', default: 'true' },
    throttle: { type: 'string', default: '4' },
  },
});
// A consent.json page (cap-consent-pixels-N) is a returning visit after cap-consent's first visit.
const variant = PIXEL_VARIANTS.find((candidate) => candidate.name === args.subject);
const subject = SUBJECTS.find((candidate) => candidate.name === (variant ? 'cap-consent' : args.subject));
if (!subject) throw new Error(`no subject "${args.subject}"`);
const visitedName = variant?.name ?? subject.name;

const builds = [];
for (const [index, dist] of args.dist.entries()) {
  const server = await startServer({
    root: ROOT,
    port: Number(args.port) + index,
    subjects: SUBJECTS,
    dist: resolve(dist),
  });
  builds.push({
    dist,
    server,
    origin: `http://127.0.0.1:${server.address().port}`,
    scriptMs: [],
    cpuMs: [],
    scriptCpuMs: [],
  });
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const selfTime = new Map();
let totalMs = 0;
let profiledVisits = 0;

/** Trace events that run script; nested ones (a function call inside an event dispatch) count once. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compileModule',
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'RunMicrotasks',
]);

/**
 * Thread (CPU) time of the renderer's main thread while traced: all its tasks, and those running script. Unlike
 * ScriptDuration it leaves out the time the thread waited for a core, so it holds still on a busy machine; run it
 * with --throttle 1 (throttling adds thread time of its own).
 */
function mainThreadCpuMs({ traceEvents }) {
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = traceEvents
    .filter((event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`))
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((event) => event.name === 'RunTask').reduce((sum, event) => sum + (event.tdur ?? 0), 0);
  let script = 0;
  let coveredUntil = -Infinity;
  for (const event of onMain) {
    if (!SCRIPT_EVENTS.has(event.name) || event.ts < coveredUntil) continue;
    script += event.tdur ?? 0;
    coveredUntil = event.ts + event.dur;
  }
  return { tasks: tasks / 1000, script: script / 1000 };
}

async function profiledVisit(context, url, build, profiled) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(args.throttle) });
  await page.goto(`${build.origin}/blank.html`);
  if (!profiled) {
    await cdp.send('Performance.enable');
    const scriptSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration').value;
    const before = await scriptSeconds();
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'],
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    build.scriptMs.push(Math.max(0, (await scriptSeconds()) - before) * 1000);
    const cpu = mainThreadCpuMs(JSON.parse(String(await browser.stopTracing())));
    build.cpuMs.push(cpu.tasks);
    build.scriptCpuMs.push(cpu.script);
    return page;
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node])));
  const frameName = ({ functionName, url, lineNumber, columnNumber }) =>
    `${functionName || '(anonymous)'} ${url ? new URL(url).pathname : ''}:${lineNumber}:${columnNumber}`;
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, index) => {
    const { callFrame } = byId.get(id);
    if (['(idle)', '(program)', '(root)'].includes(callFrame.functionName)) return;
    // A browser function (addEventListener, querySelectorAll) is named with its caller: which call costs.
    const caller = callFrame.url ? undefined : parentOf.get(id);
    const key = caller?.callFrame.url
      ? `${frameName(callFrame)} ← ${frameName(caller.callFrame)}`
      : frameName(callFrame);
    const ms = (deltas[index + 1] ?? 0) / 1000;
    selfTime.set(key, (selfTime.get(key) ?? 0) + ms);
    totalMs += ms;
  });
  profiledVisits += 1;
  return page;
}

async function visit(build, profiled) {
  const { origin } = build;
  const context = await browser.newContext();
  if (args.visit === 'returning') {
    const first = await context.newPage();
    await first.goto(`${origin}/${subject.name}.html?first-visit`, { waitUntil: 'load' });
    await first.locator(subject.acceptSelector).click();
    await first.waitForLoadState('networkidle');
    await first.close();
    await (await profiledVisit(context, `${origin}/${visitedName}.html`, build, profiled)).close();
  } else {
    await (await profiledVisit(context, `${origin}/${subject.name}.html?first-visit`, build, profiled)).close();
  }
  await context.close();
}

const runs = Number(args.runs);
const profiling = args.profile !== 'false';
for (let run = 0; run < runs; run += 1) {
  // Rotated order: no build always goes first.
  for (let offset = 0; offset < builds.length; offset += 1) {
    const build = builds[(run + offset) % builds.length];
    await visit(build, false);
    if (profiling && build === builds[0]) await visit(build, true);
  }
}
await browser.close();
builds.forEach(({ server }) => server.close());

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (values) =>
  `${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
for (const { dist, scriptMs, cpuMs, scriptCpuMs } of builds) {
  console.log(
    `${args.subject}, ${args.visit} visit, ${args.throttle}x throttle, ${dist}, ${runs} visits, medians (min–max): ` +
      `ScriptDuration ${summary(scriptMs)}; main-thread CPU: script ${summary(scriptCpuMs)}, all ${summary(cpuMs)}`,
  );
}
if (profiledVisits > 0) {
  console.log(`profiled (${builds[0].dist}): ${(totalMs / profiledVisits).toFixed(1)} ms of samples per visit`);
  const { default: sm } = await import('source-map');
  const { readFileSync } = await import('node:fs');
  const consumer = await new sm.SourceMapConsumer(JSON.parse(readFileSync(join(builds[0].dist, 'cap-consent.js.map'), 'utf8')));
  const bySource = new Map();
  for (const [key, ms] of selfTime) {
    const [own, caller] = key.split(' ← ');
    const place = (frame) => {
      const m = frame.match(/^(\S+) \/dist\/cap-consent\.js:(\d+):(\d+)$/);
      if (!m) return frame;
      const pos = consumer.originalPositionFor({ line: Number(m[2]) + 1, column: Number(m[3]) });
      return `${pos.source?.replace('../src/', '')}:${pos.line}`;
    };
    const name = caller ? `${own.split(' ')[0]} ← ${place(caller)}` : place(own);
    bySource.set(name, (bySource.get(name) ?? 0) + ms);
  }
  for (const [key, ms] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${(ms / profiledVisits).toFixed(2).padStart(8)} ms  ${key}`);
  }
}
