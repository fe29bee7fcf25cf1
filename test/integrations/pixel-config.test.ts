import { expect } from '@open-wc/testing';
import { parsePixelConfig, type PresetOptions } from '../../src/core/index.js';

const base = { id: 'p', category: 'statistics', enabled: true };
const problemsOf = (entry: unknown) => parsePixelConfig({ pixels: [entry] }, 'consent.json').problems;

describe('checking the marketing config', () => {
  it('accepts presets with their id as a number or a string, options, and plain src pixels', () => {
    const { pixels, problems } = parsePixelConfig(
      {
        pixels: [
          { ...base, id: 'ym', preset: 'yandex-metrika', counter: 12345678, options: { webvisor: true } },
          { ...base, id: 'ga', preset: 'ga4', measurementId: 'G-ABC123' },
          { ...base, id: 'ads', category: 'marketing', preset: 'ga4', measurementId: 'AW-123456789' },
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
      ['ads', 'AW-123456789', true, []],
      ['vk', '3456789', true, ['promo_*']],
      ['own', undefined, false, []],
    ]);
    expect(pixels[0].options).to.deep.equal({ webvisor: true });
  });

  const mistakes: Array<[string, unknown, string]> = [
    ['a missing id', { ...base, id: undefined, src: '/p.js' }, 'pixel (entry 1) skipped: "id": write a short name'],
    [
      'a missing enabled',
      { ...base, enabled: undefined, src: '/p.js' },
      '"enabled": write true or false, without quotes (now: missing)',
    ],
    ['enabled written as text', { ...base, enabled: 'yes', src: '/p.js' }, '(now: "yes")'],
    ['neither preset nor src', base, '"preset": write a "preset"'],
    ['a javascript: src', { ...base, src: 'javascript:alert(1)' }, '"src": write a full https:// address'],
    ['a src without a scheme', { ...base, src: 'partner.example.kz/pixel.js' }, '"src": write a full https://'],
    ['a plain-http src', { ...base, src: 'http://partner.example.kz/pixel.js' }, '"src": write a full https://'],
    ['a scheme-relative src', { ...base, src: '//partner.example.kz/pixel.js' }, '"src": write a full https://'],
    [
      'a GA4 id of the old kind',
      { ...base, preset: 'ga4', measurementId: 'UA-1234-1' },
      '"measurementId": "ga4" needs',
    ],
    ['counter 0', { ...base, preset: 'yandex-metrika', counter: 0 }, '"counter": "yandex-metrika" needs'],
    ['cookies that are not a list', { ...base, src: '/p.js', cookies: 'promo' }, '"cookies": write a list'],
    ['a misspelt key', { ...base, src: '/p.js', enabeld: true }, '"enabeld": unknown key: write "enabled"'],
    ['"cookie" for "cookies"', { ...base, src: '/p.js', cookie: ['a'] }, '"cookie": unknown key: write "cookies"'],
    [
      'an option outside options',
      { ...base, preset: 'yandex-metrika', counter: 1, webvisor: true },
      '"webvisor": move it inside "options"',
    ],
    [
      'an option of another vendor',
      { ...base, preset: 'yandex-metrika', counter: 1, options: { send_page_view: false } },
      '"options.send_page_view": "yandex-metrika" has no such option',
    ],
    [
      'an option of the wrong type',
      { ...base, preset: 'yandex-metrika', counter: 1, options: { webvisor: 'yes' } },
      '"options.webvisor": write true or false (now: "yes")',
    ],
    [
      'a policy link that is not http(s)',
      { ...base, src: '/p.js', policyUrl: 'javascript:alert(1)' },
      '"policyUrl": write the privacy policy address, with https://',
    ],
    [
      'service facts on a preset',
      { ...base, preset: 'ga4', measurementId: 'G-A1', provider: 'Google' },
      '"provider": the vendor table states it for "ga4": remove "provider"',
    ],
    ['another preset’s id key', { ...base, preset: 'ga4', measurementId: 'G-A1', counter: 1 }, '"counter" belongs to'],
  ];
  for (const [mistake, entry, reason] of mistakes) {
    it(`skips an entry with ${mistake}, saying what to write`, () => {
      const problems = problemsOf(entry);
      expect(problems.join('\n'))
        .to.contain('consent.json: pixel')
        .and.contain('(entry 1) skipped:')
        .and.contain(reason);
    });
  }

  it('reports every problem of an entry, each naming its key', () => {
    const { details } = parsePixelConfig({ pixels: [{ id: 'x', category: 'ads', enabled: 1, src: 'x.js' }] }, 'f');
    expect(details.map((problem) => problem.key)).to.deep.equal(['category', 'enabled', 'src']);
    expect(details.every((problem) => problem.ru !== '' && problem.en !== '' && problem.id === 'x')).to.equal(true);
  });

  it('never throws on values JSON cannot show (a cycle set from JavaScript)', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(problemsOf({ ...base, src: '/p.js', enabled: cyclic })[0]).to.contain('(now: [object Object])');
  });

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
    expect(problems).to.deep.equal([
      'consent.json: pixel "p" (entry 2) skipped: "id": "p" is already used by entry 1: choose another name',
    ]);
  });

  it('starts a counter written twice once, and says so', () => {
    const { pixels, problems } = parsePixelConfig(
      {
        pixels: [
          { ...base, id: 'a', preset: 'yandex-metrika', counter: 5 },
          { ...base, id: 'b', preset: 'yandex-metrika', counter: '5' },
        ],
      },
      'consent.json',
    );
    expect(pixels.map((pixel) => pixel.id)).to.deep.equal(['a']);
    expect(problems[0]).to.contain('"counter": 5 is already started by entry 1 ("a")');
  });

  it('loads nothing from a file without a pixels list, and says so', () => {
    const config = parsePixelConfig([{ ...base, src: '/a.js' }], 'consent.json');
    expect(config.pixels).to.deep.equal([]);
    expect(config.problems).to.deep.equal(['consent.json: expected {"pixels": [...]}; no pixel is loaded']);
  });
});

describe('preset options in TypeScript', () => {
  it('are typed from the vendor table', () => {
    const metrika: PresetOptions<'yandex-metrika'> = { webvisor: true, ecommerce: 'dataLayer', params: { a: 1 } };
    const google: PresetOptions<'ga4'> = { send_page_view: false, cookie_expires: 3600 };
    // @ts-expect-error webvisor is true or false
    const wrongType: PresetOptions<'yandex-metrika'> = { webvisor: 'yes' };
    // @ts-expect-error GA4 has no webvisor
    const wrongVendor: PresetOptions<'ga4'> = { webvisor: true };
    const problems = [metrika, google, wrongType, wrongVendor].map(
      (options, index) =>
        parsePixelConfig(
          {
            pixels: [
              index % 2 === 0
                ? { id: 'm', category: 'statistics', enabled: true, preset: 'yandex-metrika', counter: 1, options }
                : { id: 'g', category: 'statistics', enabled: true, preset: 'ga4', measurementId: 'G-A1', options },
            ],
          },
          'f',
        ).problems.length,
    );
    expect(problems).to.deep.equal([0, 0, 1, 1]);
  });
});
