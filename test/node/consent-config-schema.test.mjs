// The JSON Schema shipped in the package and the runtime validator give every entry the same verdict.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { VENDORS, PRESET_NAMES, checkPixelEntry, consentConfigSchema, parsePixelConfig } from '../../dist/core.js';

const shipped = JSON.parse(await readFile(new URL('../../schema/consent-config.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
ajv.addSchema(shipped);
const entryIsValid = ajv.getSchema(`${shipped.$id}#/$defs/pixel`);
const fileIsValid = ajv.getSchema(shipped.$id);

test('the shipped schema is the one made from the vendor table and the validator', () => {
  assert.deepEqual(shipped, consentConfigSchema());
});

test('presets that share an id key share its pattern', () => {
  for (const preset of PRESET_NAMES) {
    const { idField, idPattern } = VENDORS[preset];
    assert.equal(shipped.$defs.pixel.properties[idField].pattern, idPattern.source, preset);
  }
});

// ---- generators: valid entries, entries one mistake away, and anything at all ----

const OPTION_VALUES = {
  boolean: fc.boolean(),
  string: fc.string({ minLength: 1, maxLength: 12 }),
  integer: fc.integer({ min: -1000, max: 1_000_000 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
};

const vendorId = (preset) =>
  preset === 'ga4'
    ? fc
        .tuple(fc.constantFrom('G', 'GT', 'AW', 'DC', 'GTM'), fc.stringMatching(/^[A-Z0-9]{1,10}$/))
        .map(([p, s]) => `${p}-${s}`)
    : fc.oneof(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 40 }).map(String));

const options = (preset) =>
  fc.record(Object.fromEntries(VENDORS[preset].options.map((option) => [option.key, OPTION_VALUES[option.type]])), {
    requiredKeys: [],
  });

const goodSrc = fc.constantFrom('/p.js', '/tags/ym.js?x=1', 'https://cdn.cap.kz/p.js', 'https://a.example/p?x=1#y');
const base = fc.record(
  {
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/),
    category: fc.constantFrom('statistics', 'marketing'),
    enabled: fc.boolean(),
    cookies: fc.array(fc.stringMatching(/^[a-z_]{1,8}\*?$/), { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'category', 'enabled'] },
);

const presetEntry = fc.constantFrom(...PRESET_NAMES).chain((preset) =>
  fc
    .tuple(
      base,
      vendorId(preset),
      fc.option(options(preset), { nil: undefined }),
      fc.option(goodSrc, { nil: undefined }),
    )
    .map(([entry, id, opts, src]) => ({
      ...entry,
      preset,
      [VENDORS[preset].idField]: id,
      ...(opts && { options: opts }),
      ...(src && { src }),
    })),
);
const facts = fc.record(
  {
    service: fc.constantFrom('Partner Pixel', ' Heat ', 'X'),
    provider: fc.constantFrom('Partner GmbH', 'ТОО «А»'),
    country: fc.constantFrom('DE', 'kz', 'Германия'),
    policyUrl: fc.constantFrom('https://partner.example/privacy', 'http://a.kz/p'),
  },
  { requiredKeys: [] },
);
const srcEntry = fc.tuple(base, goodSrc, facts).map(([entry, src, about]) => ({ ...entry, src, ...about }));
const validEntry = fc.oneof({ weight: 3, arbitrary: presetEntry }, { weight: 1, arbitrary: srcEntry });

const KEYS = [
  'id',
  'category',
  'enabled',
  'preset',
  'src',
  'cookies',
  'options',
  'counter',
  'measurementId',
  'pixelId',
];
const oddValues = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.constantFrom(
    0,
    -1,
    1.5,
    2 ** 53,
    '0',
    '01',
    '1e3',
    ' ',
    '',
    'G-',
    'UA-1-1',
    'g-abc',
    'http://a.kz/p.js',
    '//a.kz/p.js',
    '/\\a.kz',
    'https://',
    'https://a b',
    'javascript:alert(1)',
    'partner.example.kz/p.js',
    'ftp://a/p.js',
    'analytics',
    'yes',
    'Yandex-Metrika',
    ['a=b'],
    ['a;b'],
    [''],
    {},
    [],
    null,
  ),
);
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop'), key: fc.constantFrom(...KEYS) }),
  fc.record({ kind: fc.constant('set'), key: fc.constantFrom(...KEYS), value: oddValues }),
  fc.record({
    kind: fc.constant('extra'),
    key: fc.constantFrom(
      'enabeld',
      'cookie',
      'webvisor',
      'Enabled',
      'send_page_view',
      '__proto__',
      'constructor',
      'note',
    ),
    value: oddValues,
  }),
  fc.record({
    kind: fc.constant('option'),
    key: fc.constantFrom(
      'webvisor',
      'clickmap',
      'send_page_view',
      'cookie_expires',
      'params',
      'autoConfig',
      'goal',
      'nope',
    ),
    value: oddValues,
  }),
);
const nearValidEntry = fc.tuple(validEntry, mutation).map(([entry, change]) => {
  const copy = { ...entry };
  if (change.kind === 'drop') delete copy[change.key];
  else if (change.kind === 'option') copy.options = { ...(copy.options ?? {}), [change.key]: change.value };
  else copy[change.key] = change.value;
  return copy;
});
const hostileEntry = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom(...KEYS, 'x'), oddValues));

const anyEntry = fc.oneof(validEntry, nearValidEntry, hostileEntry);
/** As a file would arrive: through JSON text, so `__proto__` is an own key as JSON.parse makes it. */
const configFile = fc.array(anyEntry, { maxLength: 6 }).map((pixels) => JSON.parse(JSON.stringify({ pixels })));

test('the schema (ajv, draft 2020-12) and the runtime give each entry of 1,500 generated configs the same verdict', () => {
  const seen = { valid: 0, invalid: 0 };
  fc.assert(
    fc.property(configFile, (file) => {
      for (const entry of file.pixels) {
        const runtime = checkPixelEntry(entry).problems.length === 0;
        const schema = entryIsValid(entry);
        seen[runtime ? 'valid' : 'invalid'] += 1;
        assert.equal(
          schema,
          runtime,
          `${JSON.stringify(entry)}: schema ${schema}, runtime ${runtime}; ajv: ${JSON.stringify(entryIsValid.errors)}`,
        );
      }
      const runtimeFile = parsePixelConfig(file, 'f');
      const withoutRepeats = runtimeFile.details.every((problem) => !/already (used|started)/.test(problem.en));
      if (withoutRepeats) assert.equal(fileIsValid(file), runtimeFile.details.length === 0, JSON.stringify(file));
    }),
    { numRuns: 1500 },
  );
  assert.ok(seen.valid > 500 && seen.invalid > 500, JSON.stringify(seen));
});

test('a file with unknown keys at the top or no pixels list fails both', () => {
  for (const file of [{ pixels: [], pixel: [] }, { pixel: [] }, [], null, { pixels: {} }]) {
    assert.equal(fileIsValid(file), false);
    assert.ok(parsePixelConfig(file, 'f').details.length > 0, JSON.stringify(file));
  }
});
