// npm run bench [-- --runs N] [--port P]: compares cap-consent with vanilla-cookieconsent, Klaro and a page without
// a banner in Debian Chromium (4x CPU throttle); prints a table and writes bench/results/latest.json.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { SUBJECTS, PIXEL_PATH, PIXEL_VARIANTS } from './subjects.mjs';
import { startServer } from './server.mjs';
import { instrumentation } from './instrument.mjs';
import { compressedSizes } from './sizes.mjs';
import { summarize, printReport } from './report.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CPU_THROTTLE = 4;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '8882' },
    out: { type: 'string', default: join(ROOT, 'bench/results/latest.json') },
    // Comma-separated subjects to leave out while working (klaro is slow); the report needs the other three.
    skip: { type: 'string', default: '' },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${args.runs}"`);

const server = await startServer({ root: ROOT, port: Number(args.port), subjects: SUBJECTS });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
const axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** One page view with throttled CPU; returns what it measured and closes the page. */
async function visit(context, subject, { firstVisit, runAxe }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  await cdp.send('Performance.enable');
  const scriptSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration').value;

  const files = new Set();
  let pixelRequests = 0;
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === PIXEL_PATH) pixelRequests += 1;
    else if (['script', 'stylesheet'].includes(request.resourceType())) files.add(path);
  });

  // Same-origin blank page first, so the measured navigation stays in one renderer and ScriptDuration is a delta.
  await page.goto(`${origin}/blank.html`);
  const scriptBefore = await scriptSeconds();
  await page.goto(`${origin}/${subject.name}.html${firstVisit ? '?first-visit' : ''}`, { waitUntil: 'load' });
  const waitForBanner = firstVisit && subject.bannerSelector;
  const bannerVisibleMs = waitForBanner ? await page.evaluate(() => window.__bench.bannerVisibleAt) : null;
  const pixelMs = waitForBanner ? null : await page.evaluate(() => window.__bench.pixelRequestedAt);
  await page.waitForLoadState('networkidle');
  // If Chromium still moved the page to a new renderer, the counter restarted: the blank page's ~1 ms is lost, not
  // the page's, so a difference below zero means zero.
  const scriptMs = Math.max(0, (await scriptSeconds()) - scriptBefore) * 1000;
  const { longTasks } = await page.evaluate(() => window.__bench);
  const pixelRequestsBeforeClick = pixelRequests;

  let axeViolations = null;
  if (runAxe && waitForBanner) axeViolations = await seriousAxeViolations(page);

  let clickToPixelMs = null;
  let clickToPaintMs = null;
  if (waitForBanner) {
    await page.locator(subject.acceptSelector).click();
    clickToPixelMs = await page.evaluate(async () => (await window.__bench.pixelRequestedAt) - window.__bench.clickAt);
    clickToPaintMs = await page.evaluate(() => window.__bench.clickToPaint);
  }
  const { cls } = await page.evaluate(() => window.__bench);
  await page.close();
  return {
    bannerVisibleMs,
    pixelMs,
    scriptMs,
    longTasks,
    cls,
    pixelRequestsBeforeClick,
    clickToPixelMs,
    clickToPaintMs,
    axeViolations,
    files: [...files],
  };
}

/** axe-core over the whole page with the banner open: the serious and critical rule violations, by id. */
async function seriousAxeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.filter((rule) => ['serious', 'critical'].includes(rule.impact)).map((rule) => rule.id);
  });
}

/** Sums the sizes of the files one visit loaded; `isUiFile` picks the banner UI among them. */
async function bytesOf(paths, isUiFile = () => true) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths.filter(isUiFile)) {
    const sizes = await compressedSizes(join(ROOT, path));
    for (const key of Object.keys(total)) total[key] += sizes[key];
  }
  return total;
}

const VIEWPORT = { width: 1280, height: 720 };
const OURS = 'cap-consent';

/**
 * A first visit (banner, accept) and a returning visit in one fresh browser context; for cap-consent also returning
 * visits of the consent.json pages (one and four pixels, in alternating order) and the cross-tab measurement.
 */
async function measure(subject, runIndex) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: instrumentation(subject, PIXEL_PATH) });
  try {
    const first = await visit(context, subject, { firstVisit: true, runAxe: runIndex === 0 });
    const returning = await visit(context, subject, { firstVisit: false, runAxe: false });
    const variants = {};
    if (subject.name === OURS) {
      const order = runIndex % 2 ? [...PIXEL_VARIANTS].reverse() : PIXEL_VARIANTS;
      for (const variant of order) variants[variant.pixels] = await visit(context, variant, { firstVisit: false });
    }
    return {
      first: { ...first, bytes: await bytesOf(first.files) },
      returning: {
        ...returning,
        bytes: await bytesOf(returning.files),
        uiBytes: await bytesOf(returning.files, subject.isUiFile),
      },
      variants,
      crossTabMs: subject.name === OURS ? await crossTabMs(subject) : null,
    };
  } finally {
    await context.close();
  }
}

/**
 * Two open tabs showing the banner; the visitor leaves the first for the second and accepts there. Milliseconds from
 * that click to cap-consent-change in the first tab (both clocks are the epoch: performance.timeOrigin).
 */
async function crossTabMs(subject) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: instrumentation(subject, PIXEL_PATH) });
  const open = async () => {
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await page.goto(`${origin}/${subject.name}.html?first-visit`, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench.bannerVisibleAt);
    return page;
  };
  try {
    const here = await open();
    const there = await open();
    await here.evaluate(async () => {
      window.__changedAt = new Promise((resolve) =>
        document.addEventListener('cap-consent-change', () => resolve(performance.timeOrigin + performance.now()), {
          once: true,
        }),
      );
      // The page's idle work has run; then the visitor leaves (headless tabs never lose focus by themselves).
      await new Promise((resolve) => requestIdleCallback(resolve));
      dispatchEvent(new Event('blur'));
    });
    await there.locator(subject.acceptSelector).click();
    const clickedAt = await there.evaluate(() => performance.timeOrigin + window.__bench.clickAt);
    return (await here.evaluate(() => window.__changedAt)) - clickedAt;
  } finally {
    await context.close();
  }
}

const chosen = SUBJECTS.filter((subject) => !args.skip.split(',').includes(subject.name));
const samples = Object.fromEntries(chosen.map((subject) => [subject.name, []]));
try {
  for (let run = 0; run < runs; run += 1) {
    // Interleaved, starting with a different subject each run, so drift in the machine spreads over all of them.
    const order = chosen.map((_, index) => chosen[(index + run) % chosen.length]);
    for (const subject of order) samples[subject.name].push(await measure(subject, run));
    process.stderr.write(`run ${run + 1}/${runs} done\n`);
  }
} finally {
  await browser.close();
  server.close();
}

const result = summarize({
  samples,
  meta: {
    date: new Date().toISOString(),
    runs,
    cpuThrottle: CPU_THROTTLE,
    browser: `Chromium ${browser.version()}`,
    versions: Object.fromEntries(
      await Promise.all(
        ['vanilla-cookieconsent', 'klaro', 'playwright-core', 'axe-core'].map(async (name) => [
          name,
          JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version,
        ]),
      ),
    ),
  },
});
printReport(result);
await mkdir(dirname(args.out), { recursive: true });
await writeFile(args.out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwritten ${args.out}`);
