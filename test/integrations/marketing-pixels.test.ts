import { expect } from '@open-wc/testing';
import { defineCapConsent, type CapConsentElement } from '../../src/index.js';
import {
  cleanPage,
  clearBrowserCookies,
  consentElement,
  consentWarnings,
  part,
  requestCount,
  setBrowserCookies,
  storedValue,
  uniqueCookieName,
  visit,
} from '../support/helpers.js';
import { FAKE_TAG, PLAIN_PIXEL, fakeTagHit, hitUrl, scriptLoaded, uniqueUrl } from './fake-tags.js';

let counterNumber = 70000;

/** A Yandex.Metrika pixel with a counter and a tag URL of its own. */
function metrikaPixel(enabled = true, category = 'statistics') {
  counterNumber += 1;
  const counter = String(counterNumber);
  const src = uniqueUrl(FAKE_TAG, 'vendor=ym');
  return {
    entry: { id: `metrika-${counter}`, category, enabled, preset: 'yandex-metrika', counter, src },
    counter,
    src,
  };
}

const site = (query: string) => `${location.origin}/test/fixtures/site.html?${query}`;

describe('marketing config (the config property)', () => {
  afterEach(cleanPage);

  it('an enabled pixel: zero requests before consent, exactly one tag and one hit after', async () => {
    const pixel = metrikaPixel();
    const element = await consentElement();
    element.config = { pixels: [pixel.entry] };
    await element.configComplete;
    expect(await requestCount(pixel.src)).to.equal(0);
    expect(await requestCount(hitUrl('ym', pixel.counter))).to.equal(0);
    const hit = fakeTagHit('ym', pixel.counter);
    part(element, 'accept-all').click();
    await hit;
    element.acceptAll();
    expect(await requestCount(pixel.src)).to.equal(1);
    expect(await requestCount(hitUrl('ym', pixel.counter))).to.equal(1);
  });

  it('a disabled pixel is never requested, even with every category granted', async () => {
    const enabled = metrikaPixel(true);
    const disabled = metrikaPixel(false);
    const element = await consentElement();
    element.config = { pixels: [disabled.entry, enabled.entry] };
    element.acceptAll();
    await element.configComplete;
    await scriptLoaded(enabled.src);
    expect(await requestCount(enabled.src)).to.equal(1);
    expect(await requestCount(disabled.src)).to.equal(0);
    expect(document.querySelector(`script[src="${disabled.src}"]`)).to.equal(null);
  });

  it('a pixel waits for its own category: marketing is not started by statistics', async () => {
    const pixel = metrikaPixel(true, 'marketing');
    const element = await consentElement();
    element.config = { pixels: [pixel.entry] };
    element.save({ statistics: true, marketing: false });
    await element.configComplete;
    expect(await requestCount(pixel.src)).to.equal(0);
    element.save({ marketing: true });
    await scriptLoaded(pixel.src);
    expect(await requestCount(pixel.src)).to.equal(1);
  });

  it('a plain src pixel runs once however often consent is saved', async () => {
    const src = uniqueUrl(PLAIN_PIXEL);
    const element = await consentElement();
    element.config = { pixels: [{ id: 'plain', category: 'statistics', enabled: true, src }] };
    await element.configComplete;
    element.acceptAll();
    await scriptLoaded(src);
    element.save({ statistics: true });
    element.acceptAll();
    expect(await requestCount(src)).to.equal(1);
  });

  it('presets queue the official commands: ym init, gtag config, VK page view, Meta init', async () => {
    const tags = ['ym', 'gtag', 'vk', 'meta'].map((vendor) => uniqueUrl(FAKE_TAG, `vendor=${vendor}`));
    const element = await consentElement();
    const hits = [
      fakeTagHit('ym', '70500'),
      fakeTagHit('gtag', 'G-TEST70500'),
      fakeTagHit('vk', '70501'),
      fakeTagHit('meta', '70502'),
    ];
    element.config = {
      pixels: [
        { id: 'ym', category: 'statistics', enabled: true, preset: 'yandex-metrika', counter: 70500, src: tags[0] },
        { id: 'ga', category: 'statistics', enabled: true, preset: 'ga4', measurementId: 'G-TEST70500', src: tags[1] },
        { id: 'vk', category: 'marketing', enabled: true, preset: 'vk-pixel', pixelId: '70501', src: tags[2] },
        { id: 'meta', category: 'marketing', enabled: true, preset: 'meta-pixel', pixelId: '70502', src: tags[3] },
      ],
    };
    element.acceptAll();
    await Promise.all(hits);
    for (const tag of tags) expect(await requestCount(tag), tag).to.equal(1);
    expect(window.ym?.a?.map((args) => Array.from(args as unknown[]).slice(0, 2))).to.deep.include([70500, 'init']);
  });
});

describe('marketing config set before the element is defined', () => {
  afterEach(cleanPage);

  it('is still used once the script defines the element', async () => {
    const pixel = metrikaPixel();
    const early = document.createElement('cap-consent-early') as CapConsentElement;
    early.config = { pixels: [pixel.entry] };
    early.setAttribute('cookie-name', uniqueCookieName());
    early.setAttribute('data-test-added', '');
    defineCapConsent('cap-consent-early');
    document.body.append(early);
    early.acceptAll();
    await early.configComplete;
    await scriptLoaded(pixel.src);
    expect(await requestCount(pixel.src)).to.equal(1);
  });
});

describe('marketing config with mistakes', () => {
  afterEach(cleanPage);

  it('skips each bad entry with a console line naming the file, the entry and the reason; the rest works', async () => {
    const before = await requestCount('/test/fixtures/integrations/plain-pixel.js?file=bad-entries');
    const element = await consentElement();
    const warnings = await consentWarnings(async () => {
      element.setAttribute('config-src', '/test/fixtures/integrations/bad-entries.json');
      await element.updateComplete;
      await Promise.resolve();
      await element.configComplete;
    });
    const file = '[cap-consent] /test/fixtures/integrations/bad-entries.json:';
    expect(warnings).to.deep.equal([
      `${file} pixel "no-counter" (entry 1) skipped: "counter": "yandex-metrika" needs it, like 12345678 (now: missing)`,
      `${file} pixel "mystery" (entry 2) skipped: "preset": unknown "mystery-tag": known are "yandex-metrika", "ga4", "vk-pixel", "meta-pixel"`,
      `${file} pixel "wrong-category" (entry 3) skipped: "category": write one of "statistics", "marketing" (now: "analytics")`,
      `${file} pixel (entry 4) skipped: must be an object {"id": …, "category": …, "enabled": …}, not "just a string"`,
    ]);
    element.acceptAll();
    await scriptLoaded('/test/fixtures/integrations/plain-pixel.js?file=bad-entries');
    expect(await requestCount('/test/fixtures/integrations/plain-pixel.js?file=bad-entries')).to.equal(before + 1);
    expect(await requestCount('/test/fixtures/integrations/fake-tag.js?vendor=ym&file=bad-mystery')).to.equal(0);
    expect(await requestCount('/test/fixtures/integrations/plain-pixel.js?file=bad-category')).to.equal(0);
  });

  for (const [problem, file, reason] of [
    ['an unreachable file', '/test/fixtures/integrations/missing.json', 'could not be loaded (HTTP 404)'],
    ['invalid JSON', '/test/fixtures/integrations/invalid.json', 'is not valid JSON'],
  ]) {
    it(`${problem} is reported; the banner still shows and decisions still work`, async () => {
      const warnings = await consentWarnings(async () => {
        const element = await consentElement({ 'config-src': file });
        await element.configComplete;
        expect(part(element, 'banner').hidden).to.equal(false);
        element.acceptAll();
        expect(element.consent?.statistics).to.equal(true);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`[cap-consent] ${file}: ${reason}`).and.contain('no pixel is loaded');
    });
  }
});

describe('marketing config across page views (config-src)', function () {
  // Several page views in fresh tabs: slower than one test's default on a busy machine.
  this.timeout(20_000);
  beforeEach(clearBrowserCookies);
  after(clearBrowserCookies);

  const tag = '/test/fixtures/integrations/fake-tag.js?vendor=ym&file=consent.json';
  const disabledTag = '/test/fixtures/integrations/fake-tag.js?vendor=meta&file=consent.json';

  it('zero before consent, one after, zero on the next page view after withdrawal', async () => {
    const page = site('cookie-name=config_views&config-src=/test/fixtures/integrations/consent.json');
    const counts = async () => [await requestCount(tag), await requestCount(disabledTag)];
    const start = await counts();

    const first = await visit(page);
    expect(first.bannerVisible).to.equal(true);
    expect(await counts(), 'no decision yet').to.deep.equal(start);

    await visit(page, 'accept-all');
    expect(await counts(), 'accepted: the enabled pixel once, the disabled one never').to.deep.equal([
      start[0] + 1,
      start[1],
    ]);

    await visit(page, undefined, 'withdraw');
    expect(await counts(), 'the withdrawing page view started it once more, before the withdrawal').to.deep.equal([
      start[0] + 2,
      start[1],
    ]);
    const after = await visit(page);
    expect(after.consent).to.include({ statistics: false, marketing: false });
    expect(await counts(), 'after withdrawal').to.deep.equal([start[0] + 2, start[1]]);
  });

  it('a stored decision starts the pixel on the next page view without a banner', async () => {
    const before = await requestCount(tag);
    await setBrowserCookies([
      {
        name: 'config_stored',
        value: storedValue({ statistics: true, marketing: false }),
        domain: 'localhost',
        path: '/',
      },
    ]);
    const view = await visit(site('cookie-name=config_stored&config-src=/test/fixtures/integrations/consent.json'));
    expect(view.bannerVisible).to.equal(false);
    expect(await requestCount(tag)).to.equal(before + 1);
  });
});
