import { expect } from '@open-wc/testing';
import { OPTIONAL_CATEGORIES, PRESET_NAMES, VENDORS, parsePixelConfig } from '../../src/core/index.js';

const base = { id: 'p', category: 'statistics', enabled: true };
const problemOf = (entry: unknown) => parsePixelConfig({ pixels: [entry] }, 'consent.json').problems[0];

describe('checking the marketing config', () => {
  it('accepts presets with their id as a number or a string, and plain src pixels', () => {
    const { pixels, problems } = parsePixelConfig(
      {
        pixels: [
          { ...base, id: 'ym', preset: 'yandex-metrika', counter: 12345678 },
          { ...base, id: 'ga', preset: 'ga4', measurementId: 'G-ABC123' },
          { ...base, id: 'vk', category: 'marketing', preset: 'vk-pixel', pixelId: '3456789', cookies: ['promo_*'] },
          { ...base, id: 'own', enabled: false, src: 'https://pixel.cap.kz/p.js' },
        ],
      },
      'consent.json',
    );
    expect(problems).to.deep.equal([]);
    expect(pixels.map((pixel) => [pixel.id, pixel.preset?.vendorId, pixel.enabled, pixel.cookies])).to.deep.equal([
      ['ym', '12345678', true, []],
      ['ga', 'G-ABC123', true, []],
      ['vk', '3456789', true, ['promo_*']],
      ['own', undefined, false, []],
    ]);
  });

  const mistakes: Array<[string, unknown, string]> = [
    ['a missing id', { ...base, id: undefined, src: '/p.js' }, '"id" is missing'],
    ['a missing enabled', { ...base, enabled: undefined, src: '/p.js' }, '"enabled" must be true or false'],
    [
      'enabled written as text',
      { ...base, enabled: 'yes', src: '/p.js' },
      '"enabled" must be true or false, not "yes"',
    ],
    ['neither preset nor src', base, 'needs a "preset" or a "src"'],
    ['a javascript: src', { ...base, src: 'javascript:alert(1)' }, '"src" must be an http(s) address'],
    ['a GA4 id of the old kind', { ...base, preset: 'ga4', measurementId: 'UA-1234-1' }, 'needs "measurementId"'],
    ['cookies that are not a list', { ...base, src: '/p.js', cookies: 'promo' }, '"cookies" must be a list'],
  ];
  for (const [mistake, entry, reason] of mistakes) {
    it(`skips an entry with ${mistake}`, () => {
      expect(problemOf(entry)).to.contain('consent.json: pixel').and.contain('(entry 1) skipped:').and.contain(reason);
    });
  }

  it('skips the second pixel with an id already used', () => {
    const { pixels, problems } = parsePixelConfig(
      {
        pixels: [
          { ...base, src: '/a.js' },
          { ...base, src: '/b.js' },
        ],
      },
      'consent.json',
    );
    expect(pixels.map((pixel) => pixel.src)).to.deep.equal(['/a.js']);
    expect(problems).to.deep.equal(['consent.json: pixel "p" (entry 2) skipped: "id" "p" is used twice']);
  });

  it('loads nothing from a file without a pixels list, and says so', () => {
    expect(parsePixelConfig([{ ...base, src: '/a.js' }], 'consent.json')).to.deep.equal({
      pixels: [],
      problems: ['consent.json: expected {"pixels": [...]}; no pixel is loaded'],
    });
  });

  it('agrees with the published JSON Schema on presets, categories and ids', async () => {
    const schema = await (await fetch('/schema/consent-config.schema.json')).json();
    const pixel = schema.$defs.pixel.properties;
    expect(pixel.preset.enum).to.deep.equal(PRESET_NAMES);
    expect(pixel.category.enum).to.deep.equal([...OPTIONAL_CATEGORIES]);
    for (const { idField, idPattern } of Object.values(VENDORS)) {
      expect(pixel[idField].pattern, idField).to.equal(idPattern.source);
    }
  });
});
