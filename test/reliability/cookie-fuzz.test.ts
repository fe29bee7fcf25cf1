import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { readCookieValues } from '../../src/core/index.js';
import {
  bannerVisible,
  browserCookies,
  cleanPage,
  clearBrowserCookies,
  consentElement,
  consentWarnings,
  setBrowserCookies,
  siteUrl,
  storedValue,
  uniqueCookieName,
  visit,
} from '../support/helpers.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be reproduced. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = randomSource(94);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const randomText = (length: number, alphabet: (code: number) => string): string =>
  Array.from({ length }, () => alphabet(Math.floor(random() * 256))).join('');

const valid = storedValue({ statistics: true, marketing: true }, '1');
const [, , , , seconds, id] = valid.split('.');

/** Cookie values that must never count as a decision. */
function hostileValues(): string[] {
  const values: string[] = [];
  for (let i = 0; i < 100; i++)
    values.push(randomText(1 + Math.floor(random() * 80), (code) => String.fromCharCode(code)));
  for (let i = 0; i < 30; i++)
    values.push(encodeURIComponent(randomText(1 + i * 3, (code) => String.fromCharCode(code))));
  for (const size of [101, 500, 1000, 2000, 3900])
    values.push(`v1.${'1'.repeat(size)}.s1.m1.${seconds}.${id}`, 'x'.repeat(size));
  values.push(
    JSON.stringify({ statistics: true, marketing: true }),
    encodeURIComponent(JSON.stringify({ v: 1, statistics: true, marketing: true, id })),
    '[true,true]',
    'true',
    'null',
    '{}',
    '<script>window.fuzzed=1</script>',
    '"><img src=x onerror="window.fuzzed=1">',
    encodeURIComponent('<svg onload="window.fuzzed=1">'),
    'javascript:window.fuzzed=1',
    '%',
    '%zz',
    '%E0%A4%A',
    'v1.%',
    `v1.1.s1.m1.${seconds}.%G${id.slice(2)}`,
    `v1.1.s%31.m1.${seconds}.${id}`,
  );
  for (const format of ['v0', 'v2', 'v10', 'v99999', 'V1', 'v1v1', 'v'])
    values.push(`${format}.1.s1.m1.${seconds}.${id}`);
  for (let cut = 1; cut < valid.length; cut += 1) values.push(valid.slice(0, cut));
  values.push(
    `v1.1.s2.m1.${seconds}.${id}`,
    `v1.1.s1.m.${seconds}.${id}`,
    `v1.1.m1.s1.${seconds}.${id}`,
    `v1.1.s1.m1.${seconds}.${id.toUpperCase()}`,
    `v1.1.s1.m1.${seconds}.${id}0`,
    `v1.1.s1.m1.${seconds}.${id}.extra`,
    `v1.1.s1.m1.0${seconds}.${id}`,
    `v1.1.s1.m1.${Number(seconds) + 10 * 86_400}.${id}`,
    `v1.1.s1.m1.1500000000.${id}`,
    `v1.1.s1.m1.-${seconds}.${id}`,
    `v1.1.s1.m1.${seconds}e0.${id}`,
    `v1..s1.m1.${seconds}.${id}`,
    `v1.<b>.s1.m1.${seconds}.${id}`,
    `v1.1.s1.m1.${seconds}.`,
    `${valid}${valid}`,
    ` ${valid}x`,
    pick(['', ' ', '""', "''"]),
  );
  return values;
}

describe('hostile consent cookies', () => {
  afterEach(cleanPage);

  it('for every hostile value: nothing thrown, nothing granted, the banner shows, the console says it once', async function () {
    this.timeout(120_000);
    const values = hostileValues();
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
      uncaught.push(String('message' in event ? event.message : event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    let stored = 0;
    try {
      for (const value of values) {
        const name = uniqueCookieName();
        document.cookie = `${name}=${value}; path=/`;
        const kept = readCookieValues(document.cookie, name).length > 0;
        stored += Number(kept);
        let element!: HTMLElement & { consent: unknown };
        const warnings = await consentWarnings(async () => {
          element = await consentElement({ 'cookie-name': name });
        });
        const label = `cookie value ${JSON.stringify(value).slice(0, 120)}`;
        expect(element.consent, label).to.equal(null);
        expect(bannerVisible(element as never), label).to.equal(true);
        expect(warnings.length, `${label}: one console line when the browser kept it`).to.equal(kept ? 1 : 0);
        if (kept) expect(warnings[0], label).to.contain(`ignored the cookie "${name}"`);
        element.remove();
        document.cookie = `${name}=; path=/; max-age=0`;
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(uncaught).to.deep.equal([]);
    expect((window as { fuzzed?: number }).fuzzed, 'no value ran as code').to.equal(undefined);
    expect(stored, 'the browser kept at least half of the values').to.be.at.least(values.length / 2);
  });
});

describe('duplicated host-only and domain cookies', () => {
  beforeEach(clearBrowserCookies);
  after(clearBrowserCookies);

  const older = storedValue({ statistics: false, marketing: false }, '1', Date.now() - 3_600_000);
  const newer = storedValue({ statistics: true, marketing: false }, '1', Date.now() - 1000);
  const hostile = [
    'garbage',
    `v2.1.s1.m1.${seconds}.${id}`,
    valid.slice(0, -3),
    '%7B%22statistics%22%3Atrue%7D',
    `v1.1.s1.m1.${Number(seconds) + 10 * 86_400}.${id}`,
  ];
  const cases: Array<[string, string, string | null]> = [
    [newer, older, newer],
    [older, newer, newer],
    ...hostile.flatMap((bad): Array<[string, string, string | null]> => [
      [bad, newer, newer],
      [newer, bad, newer],
      [bad, bad.split('').reverse().join(''), null],
    ]),
  ];

  for (const [hostOnly, domain, kept] of cases) {
    it(`host "${hostOnly.slice(0, 24)}…" and .cap.kz "${domain.slice(0, 24)}…": ${kept ? 'the newest valid wins, the stray is removed' : 'nothing granted, banner shown'}`, async () => {
      await setBrowserCookies([
        { name: 'cap_consent', value: hostOnly, domain: 'shop.cap.kz', path: '/' },
        { name: 'cap_consent', value: domain, domain: '.cap.kz', path: '/' },
      ]);
      const shop = await visit(siteUrl('shop.cap.kz'));
      expect(shop.errors).to.deep.equal([]);
      const cookies = (await browserCookies('cap_consent')).map(({ domain: on, value }) => ({ domain: on, value }));
      if (kept) {
        expect(shop.consent).to.include({ statistics: true, marketing: false });
        expect(shop.bannerVisible).to.equal(false);
        expect(cookies).to.deep.equal([{ domain: '.cap.kz', value: kept }]);
      } else {
        expect(shop.consent).to.equal(null);
        expect(shop.bannerVisible).to.equal(true);
        expect(shop.pixelRuns).to.equal(0);
      }
      expect(shop.warnings.length, 'each ignored value said once').to.equal(new Set(shop.warnings).size);
    });
  }
});
