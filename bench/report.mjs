// Turns the raw samples into medians, min and max, ratios against vanilla-cookieconsent and the floor, and the
// issue's targets.

const REFERENCE = 'vanilla-cookieconsent';
const FLOOR = 'floor';
const OURS = 'cap-consent';

/** Every reported metric: where it comes from in one sample, and its unit. */
const METRICS = [
  { key: 'firstRaw', label: 'first visit JS+CSS raw', unit: 'KiB', pick: (s) => s.first.bytes.raw / 1024 },
  { key: 'firstGzip', label: 'first visit JS+CSS gzip', unit: 'KiB', pick: (s) => s.first.bytes.gzip / 1024 },
  { key: 'firstBrotli', label: 'first visit JS+CSS brotli', unit: 'KiB', pick: (s) => s.first.bytes.brotli / 1024 },
  { key: 'bannerVisible', label: 'navigation → banner visible', unit: 'ms', pick: (s) => s.first.bannerVisibleMs },
  { key: 'firstScript', label: 'first visit script time', unit: 'ms', pick: (s) => s.first.scriptMs },
  { key: 'longTasks', label: 'first visit long tasks', unit: '', pick: (s) => s.first.longTasks },
  { key: 'cls', label: 'CLS (first visit)', unit: '', pick: (s) => s.first.cls, digits: 4 },
  {
    key: 'pixelBeforeClick',
    label: 'pixel requests before click',
    unit: '',
    pick: (s) => s.first.pixelRequestsBeforeClick,
  },
  { key: 'clickToPixel', label: 'click accept → pixel request', unit: 'ms', pick: (s) => s.first.clickToPixelMs },
  { key: 'clickToPaint', label: 'accept click → next paint', unit: 'ms', pick: (s) => s.first.clickToPaintMs },
  { key: 'returningRaw', label: 'returning JS+CSS raw', unit: 'KiB', pick: (s) => s.returning.bytes.raw / 1024 },
  { key: 'returningGzip', label: 'returning JS+CSS gzip', unit: 'KiB', pick: (s) => s.returning.bytes.gzip / 1024 },
  { key: 'returningScript', label: 'returning script time', unit: 'ms', pick: (s) => s.returning.scriptMs },
  {
    key: 'returningScriptJson1',
    label: 'returning script time, consent.json 1 pixel',
    unit: 'ms',
    pick: (s) => s.variants?.[1]?.scriptMs ?? null,
  },
  {
    key: 'returningScriptJson4',
    label: 'returning script time, consent.json 4 pixels',
    unit: 'ms',
    pick: (s) => s.variants?.[4]?.scriptMs ?? null,
  },
  { key: 'returningPixel', label: 'returning navigation → pixel', unit: 'ms', pick: (s) => s.returning.pixelMs },
  {
    key: 'returningUi',
    label: 'returning banner UI loaded (gzip)',
    unit: 'KiB',
    pick: (s) => s.returning.uiBytes.gzip / 1024,
  },
  {
    key: 'crossTab',
    label: 'decision in another tab → applied here',
    unit: 'ms',
    pick: (s) => s.crossTabMs ?? null,
  },
  {
    key: 'axe',
    label: 'axe serious+critical (banner open)',
    unit: '',
    pick: (s) => s.first.axeViolations?.length ?? null,
  },
];

const median_ = (r, subject, key) => r.subjects[subject]?.[key]?.median;
/** cap-consent's median ÷ another subject's. */
const times = (r, key, subject = REFERENCE) => median_(r, OURS, key) / median_(r, subject, key);

/** The targets for cap-consent (issue 17), checked against the summary. */
const TARGETS = [
  { label: 'returning script time ≤ 1.5× floor', check: (r) => times(r, 'returningScript', FLOOR) <= 1.5 },
  { label: 'returning script time ≤ 1.0× vanilla-cookieconsent', check: (r) => times(r, 'returningScript') <= 1 },
  { label: 'returning navigation → pixel ≤ 1.1× floor', check: (r) => times(r, 'returningPixel', FLOOR) <= 1.1 },
  { label: 'returning: no banner UI loaded', check: (r) => r.subjects[OURS].returningUi.max === 0 },
  {
    label: 'consent.json with 4 pixels: returning script time ≤ 1.1× of 1 pixel',
    check: (r) => median_(r, OURS, 'returningScriptJson4') / median_(r, OURS, 'returningScriptJson1') <= 1.1,
  },
  { label: 'banner visible ≤ 0.9× vanilla-cookieconsent', check: (r) => times(r, 'bannerVisible') <= 0.9 },
  { label: 'first visit script time ≤ 1.0× vanilla-cookieconsent', check: (r) => times(r, 'firstScript') <= 1 },
  { label: 'first visit long tasks ≤ vanilla-cookieconsent', check: (r) => times(r, 'longTasks') <= 1 },
  { label: 'first visit gzip ≤ 1.0× vanilla-cookieconsent', check: (r) => times(r, 'firstGzip') <= 1 },
  { label: 'accept click → next paint ≤ 1.0× vanilla-cookieconsent', check: (r) => times(r, 'clickToPaint') <= 1 },
  { label: 'CLS 0', check: (r) => r.subjects[OURS].cls.max === 0 },
  { label: 'no pixel before click', check: (r) => r.subjects[OURS].pixelBeforeClick.max === 0 },
  { label: 'axe 0', check: (r) => r.subjects[OURS].axe.max === 0 },
  { label: 'a decision in another tab applies within 2 s', check: (r) => median_(r, OURS, 'crossTab') <= 2000 },
];

const median = (sorted) =>
  sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;

function stats(values) {
  const present = values.filter((value) => value !== null && value !== undefined).sort((a, b) => a - b);
  if (present.length === 0) return null;
  return { median: median(present), min: present[0], max: present.at(-1), samples: values };
}

/** Medians, min/max and samples per subject and metric, the ratios ours ÷ reference, and the targets met. */
export function summarize({ samples, meta }) {
  const subjects = Object.fromEntries(
    Object.entries(samples).map(([name, runs]) => [
      name,
      {
        ...Object.fromEntries(METRICS.map((metric) => [metric.key, stats(runs.map(metric.pick))])),
        axeRules: runs[0].first.axeViolations,
        firstVisitFiles: runs[0].first.files,
        returningFiles: runs[0].returning.files,
      },
    ]),
  );
  const ratiosTo = (other) =>
    Object.fromEntries(
      METRICS.map(({ key }) => {
        const ours = subjects[OURS][key]?.median;
        const reference = subjects[other]?.[key]?.median;
        return [key, ours == null || !reference ? null : ours / reference];
      }),
    );
  const result = { meta, subjects, ratios: ratiosTo(REFERENCE), floorRatios: ratiosTo(FLOOR) };
  result.targets = TARGETS.map((target) => ({ target: target.label, met: Boolean(target.check(result)) }));
  return result;
}

const format = (value, digits) => (value === null || value === undefined ? '–' : value.toFixed(digits));

/** The table: one row per metric, median (min–max) per subject, then the ratios ours ÷ reference and ÷ floor. */
export function printReport({ meta, subjects, ratios, floorRatios, targets }) {
  const names = Object.keys(subjects);
  const header = ['metric', ...names, `${OURS} ÷ ${REFERENCE}`, `${OURS} ÷ ${FLOOR}`];
  const rows = METRICS.map((metric) => {
    const digits = metric.digits ?? (metric.unit === '' ? 0 : 1);
    const cells = names.map((name) => {
      const stat = subjects[name][metric.key];
      if (!stat) return '–';
      const range = stat.min === stat.max ? '' : ` (${format(stat.min, digits)}–${format(stat.max, digits)})`;
      return `${format(stat.median, digits)}${range}`;
    });
    const label = metric.unit ? `${metric.label}, ${metric.unit}` : metric.label;
    return [label, ...cells, format(ratios[metric.key], 2), format(floorRatios[metric.key], 2)];
  });
  console.log(
    `\n${meta.browser}, CPU ${meta.cpuThrottle}× slower, ${meta.runs} runs; median (min–max); ${JSON.stringify(meta.versions)}\n`,
  );
  console.log(markdownTable([header, ...rows]));
  console.log('\ntargets for cap-consent:');
  for (const { target, met } of targets) console.log(`  ${met ? 'met    ' : 'NOT met'}  ${target}`);
  const axe = names
    .filter((name) => subjects[name].axeRules?.length)
    .map((name) => `${name}: ${subjects[name].axeRules.join(', ')}`);
  if (axe.length) console.log(`\naxe serious/critical rules: ${axe.join('; ')}`);
}

function markdownTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [
    line(rows[0]),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ].join('\n');
}
