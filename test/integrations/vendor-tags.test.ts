import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clearBrowserCookies, requestCount, visit } from '../support/helpers.js';

// Page views of site.html whose consent.json the test writes; the vendors' real tag URLs are served by
// stand-in tags on the vendors' own host names (test/support/vendor-hosts.mjs).

/** Requests the vendor hosts received whose `host/path?query` starts with `prefix`; waits for `atLeast`. */
const vendorRequests = (prefix: string, atLeast = 0) =>
  executeServerCommand('vendor-requests', { prefix, atLeast }) as Promise<string[]>;

let configNumber = 0;

/** Publishes `pixels` as a consent.json of its own and returns the page that uses it. */
async function publish(pixels: unknown[] | string, name = `vendors-${Date.now()}-${(configNumber += 1)}`) {
  const body = typeof pixels === 'string' ? pixels : JSON.stringify({ pixels });
  await executeServerCommand('set-config', { name: `${name}.json`, body });
  return { name, page: pageFor(name) };
}

function pageFor(name: string, configOrigin = ''): string {
  const query = new URLSearchParams({
    'cookie-name': `vendors_${name.replace(/\W/g, '_')}`,
    'config-src': `${configOrigin}/test/switched-config/${name}.json`,
  });
  return `${location.origin}/test/fixtures/site.html?${query}`;
}

const entry = (id: string, preset: string, key: string, value: string | number, extra = {}) => ({
  id,
  category: preset === 'yandex-metrika' || preset === 'ga4' ? 'statistics' : 'marketing',
  enabled: true,
  preset,
  [key]: value,
  ...extra,
});

describe('vendor tags, as the vendors serve them', function () {
  // Page views in fresh tabs: slower than one test's default on a busy machine.
  this.timeout(30_000);
  before(clearBrowserCookies);
  after(clearBrowserCookies);

  it('nothing is requested from any vendor before consent; every pixel waits', async () => {
    const { page } = await publish([
      entry('ym', 'yandex-metrika', 'counter', 61001),
      entry('ga', 'ga4', 'measurementId', 'G-WAIT61'),
      entry('vk', 'vk-pixel', 'pixelId', 61002),
      entry('meta', 'meta-pixel', 'pixelId', 61003),
    ]);
    const before = (await vendorRequests('')).length;
    const view = await visit(page);
    expect(view.bannerVisible).to.equal(true);
    expect(view.pixels.map((pixel) => pixel.state)).to.deep.equal(['waiting', 'waiting', 'waiting', 'waiting']);
    expect((await vendorRequests('')).length).to.equal(before);
  });

  it('two Meta pixels get one PageView each', async () => {
    const { page } = await publish([
      entry('meta-a', 'meta-pixel', 'pixelId', 62001),
      entry('meta-b', 'meta-pixel', 'pixelId', 62002),
    ]);
    const tagsBefore = (await vendorRequests('connect.facebook.net/en_US/fbevents.js')).length;
    const view = await visit(page, 'accept-all');
    expect(view.vendorHits).to.deep.equal([
      'https://www.facebook.com/tr?id=62001&ev=PageView',
      'https://www.facebook.com/tr?id=62002&ev=PageView',
    ]);
    expect(await vendorRequests('www.facebook.com/tr?id=62001', 1)).to.deep.equal([
      'www.facebook.com/tr?id=62001&ev=PageView',
    ]);
    expect(await vendorRequests('www.facebook.com/tr?id=62002', 1)).to.deep.equal([
      'www.facebook.com/tr?id=62002&ev=PageView',
    ]);
    expect(await vendorRequests('connect.facebook.net/en_US/fbevents.js')).to.have.length(tagsBefore + 1);
  });

  it('two GA4 ids load gtag.js once and each gets one page_view', async () => {
    const { page } = await publish([
      entry('ga-a', 'ga4', 'measurementId', 'G-TWOA63'),
      entry('ga-b', 'ga4', 'measurementId', 'G-TWOB63'),
    ]);
    const tagsBefore = (await vendorRequests('www.googletagmanager.com/gtag/js')).length;
    const view = await visit(page, 'accept-all');
    expect(view.vendorHits).to.deep.equal([
      'https://www.google-analytics.com/g/collect?tid=G-TWOA63&en=page_view',
      'https://www.google-analytics.com/g/collect?tid=G-TWOB63&en=page_view',
    ]);
    for (const id of ['G-TWOA63', 'G-TWOB63']) {
      expect(await vendorRequests(`www.google-analytics.com/g/collect?tid=${id}`, 1)).to.deep.equal([
        `www.google-analytics.com/g/collect?tid=${id}&en=page_view`,
      ]);
    }
    expect(await vendorRequests('www.googletagmanager.com/gtag/js')).to.have.length(tagsBefore + 1);
  });

  it('a counter written twice is started once; the repeat is listed as invalid', async () => {
    const { page } = await publish([
      entry('ym', 'yandex-metrika', 'counter', 64001),
      entry('ym-again', 'yandex-metrika', 'counter', '64001'),
    ]);
    const view = await visit(page, 'accept-all');
    expect(view.vendorHits).to.have.length(1);
    expect(await vendorRequests('mc.yandex.ru/watch/64001', 1)).to.have.length(1);
    expect(view.pixels.map(({ id, state }) => [id, state])).to.deep.equal([
      ['ym', 'started'],
      ['ym-again', 'invalid'],
    ]);
    expect(view.pixels[1].reason).to.contain('already started by entry 1');
  });

  it("Metrika's webvisor: true reaches ym(…, 'init', {webvisor: true, …}) with the snippet's defaults", async () => {
    const { page } = await publish([entry('ym', 'yandex-metrika', 'counter', 65001, { options: { webvisor: true } })]);
    await visit(page, 'accept-all');
    const [hit] = await vendorRequests('mc.yandex.ru/watch/65001', 1);
    const init = JSON.parse(decodeURIComponent(hit.split('?init=')[1]));
    expect(init).to.deep.equal({ clickmap: true, trackLinks: true, accurateTrackBounce: true, webvisor: true });
  });

  it('the VK pixel sends its page view and the goal written in options', async () => {
    const { page } = await publish([entry('vk', 'vk-pixel', 'pixelId', 66001, { options: { goal: 'lead' } })]);
    await visit(page, 'accept-all');
    expect(await vendorRequests('top-fwz1.mail.ru/counter?id=66001', 1)).to.deep.equal([
      'top-fwz1.mail.ru/counter?id=66001',
    ]);
    expect(await vendorRequests('top-fwz1.mail.ru/tracker?id=66001', 1)).to.deep.equal([
      'top-fwz1.mail.ru/tracker?id=66001;e=RG:lead',
    ]);
  });
});

describe('a consent.json that breaks', function () {
  this.timeout(30_000);
  before(clearBrowserCookies);
  after(clearBrowserCookies);

  const plainPixel = (file: string) => ({
    id: 'plain',
    category: 'statistics',
    enabled: true,
    src: `/test/fixtures/integrations/plain-pixel.js?file=${file}`,
    provider: 'ТОО «Партнёр»',
    country: 'KZ',
  });

  it('after a good one keeps the good pixels running on the next page view, saying how old they are', async () => {
    const name = `last-good-${Date.now()}`;
    const pixelUrl = `/test/fixtures/integrations/plain-pixel.js?file=${name}`;
    const { page } = await publish([plainPixel(name)], name);
    await visit(page, 'accept-all');
    expect(await requestCount(pixelUrl)).to.equal(1);
    await publish('{ "pixels": [ { "id": "plain", }, ] }', name);
    const view = await visit(page);
    expect(await requestCount(pixelUrl)).to.equal(2);
    expect(view.pixels.map((pixel) => pixel.state)).to.deep.equal(['started']);
    expect(view.warnings.join('\n')).to.match(
      /is not valid JSON .*; using the last good copy this browser saw \d+ min ago/,
    );
  });

  it('with no good one before starts nothing and says so', async () => {
    const name = `never-good-${Date.now()}`;
    const { page } = await publish('{ "pixels": [ { "id": "plain", }, ] }', name);
    const view = await visit(page, 'accept-all');
    expect(view.pixels).to.deep.equal([]);
    expect(view.warnings.join('\n')).to.contain('this browser has no earlier good copy; no pixel is loaded');
  });

  it('an edit is live on the next page view (the file is revalidated, not taken from the cache)', async () => {
    const name = `edited-${Date.now()}`;
    const first = `/test/fixtures/integrations/plain-pixel.js?file=${name}-first`;
    const second = `/test/fixtures/integrations/plain-pixel.js?file=${name}-second`;
    const { page } = await publish([{ ...plainPixel(`${name}-first`) }], name);
    await visit(page, 'accept-all');
    await publish(
      [
        { ...plainPixel(`${name}-first`), enabled: false },
        { ...plainPixel(`${name}-second`), id: 'second' },
      ],
      name,
    );
    await visit(page);
    expect([await requestCount(first), await requestCount(second)]).to.deep.equal([1, 1]);
  });

  it('a config-src on another origin works when it allows CORS', async () => {
    const name = `cors-${Date.now()}`;
    const pixelUrl = `/test/fixtures/integrations/plain-pixel.js?file=${name}`;
    await publish([plainPixel(name)], name);
    const view = await visit(pageFor(name, `http://static.cap.kz:${location.port}`), 'accept-all');
    expect(view.warnings).to.deep.equal([]);
    expect(view.pixels.map((pixel) => [pixel.id, pixel.state])).to.deep.equal([['plain', 'started']]);
    expect(await requestCount(pixelUrl)).to.equal(1);
  });
});

describe('the debug panel on a page view', function () {
  this.timeout(30_000);
  after(clearBrowserCookies);

  it('is downloaded only with ?cap-consent-debug', async () => {
    const chunk = '/src/element/debug/pixel-debug-panel.ts';
    const { page } = await publish([entry('ym', 'yandex-metrika', 'counter', 68001)]);
    const before = await requestCount(chunk);
    await visit(page, 'accept-all');
    expect(await requestCount(chunk)).to.equal(before);
    await visit(`${page}&cap-consent-debug`);
    expect(await requestCount(chunk)).to.equal(before + 1);
  });
});
