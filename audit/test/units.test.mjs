import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VENDORS } from 'cap-consent/core';
import { readCookieWrite, scriptUrlFromStack } from '../dist/cookie-writes.js';
import { disclosedServices, isCookieDisclosed, isRequestDisclosed } from '../dist/disclosure.js';
import { TRACKERS, trackerForCookie, trackerForHost } from '../dist/trackers.js';

const NOW = Date.UTC(2026, 0, 1);

describe('the tracker table', () => {
  test("takes the element's presets from its vendor table, hosts and cookies included", () => {
    for (const [preset, vendor] of Object.entries(VENDORS)) {
      const tracker = TRACKERS.find((entry) => entry.id === preset);
      assert.deepEqual(tracker.hosts, vendor.hosts);
      assert.deepEqual(
        tracker.cookies,
        vendor.cookies.map((cookie) => cookie.name),
      );
    }
  });

  test('finds the most specific vendor for a host, subdomains included', () => {
    assert.equal(trackerForHost('mc.yandex.ru').id, 'yandex-metrika');
    assert.equal(trackerForHost('an.yandex.ru').id, 'yandex-ads');
    assert.equal(trackerForHost('top-fwz1.mail.ru').id, 'vk-pixel');
    assert.equal(trackerForHost('stats.g.doubleclick.net').id, 'google-ads');
    assert.equal(trackerForHost('static.hotjar.com').id, 'hotjar');
    assert.equal(trackerForHost('cdn.cap.kz'), undefined);
  });

  test('finds a vendor by cookie name, exact names before prefixes', () => {
    assert.equal(trackerForCookie('_ym_uid').id, 'yandex-metrika');
    assert.equal(trackerForCookie('_ga_ABC123').id, 'ga4');
    assert.equal(trackerForCookie('_hjSession_1').id, 'hotjar');
    assert.equal(trackerForCookie('session'), undefined);
  });
});

describe('cookie writes', () => {
  test('read the lifetime asked for from Max-Age, then Expires; no lifetime is a session cookie', () => {
    assert.equal(
      readCookieWrite(`a=1; Max-Age=${800 * 86400}; Expires=Thu, 01 Jan 2099 00:00:00 GMT`, 'Set-Cookie', 'x', NOW)
        .askedDays,
      800,
    );
    assert.equal(
      readCookieWrite('b=1; expires=Fri, 01 Jan 2027 00:00:00 GMT; path=/', 'document.cookie', 'x', NOW).askedDays,
      365,
    );
    assert.equal(readCookieWrite('c=1; path=/', 'document.cookie', 'x', NOW).askedDays, null);
    assert.equal(readCookieWrite('d=; max-age=0', 'document.cookie', 'x', NOW).deletes, true);
    assert.equal(readCookieWrite('e=1; domain=.cap.kz', 'document.cookie', 'x', NOW).domain, '.cap.kz');
    assert.equal(readCookieWrite('', 'document.cookie', 'x', NOW), null);
  });

  test('name the script that wrote, or say it was an inline script on the page', () => {
    const stack = (writer) =>
      [
        'Error',
        '    at HTMLDocument.set [as cookie] (<anonymous>:12:40)',
        writer,
        '    at https://shop.cap.kz/:10:3',
      ].join('\n');
    assert.equal(
      scriptUrlFromStack(stack('    at https://mc.yandex.ru/metrika/tag.js:1:200'), 'https://shop.cap.kz/'),
      'https://mc.yandex.ru/metrika/tag.js',
    );
    assert.equal(
      scriptUrlFromStack(stack('    at set (https://shop.cap.kz/dist/cap-consent.js:3:9)'), 'https://shop.cap.kz/'),
      'https://shop.cap.kz/dist/cap-consent.js',
    );
    assert.equal(
      scriptUrlFromStack(stack('    at <anonymous>:2:2'), 'https://shop.cap.kz/'),
      'an inline script on https://shop.cap.kz/',
    );
  });
});

describe('disclosure', () => {
  const disclosure = disclosedServices({
    config: {
      pixels: [
        { id: 'metrika', category: 'statistics', enabled: true, preset: 'yandex-metrika', counter: 1 },
        { id: 'vk', category: 'marketing', enabled: false, preset: 'vk-pixel', pixelId: '2' },
        { id: 'own', category: 'marketing', enabled: true, src: 'https://px.partner.kz/p.js', cookies: ['partner_id'] },
        { id: 'broken', category: 'advertising', enabled: true, src: 'https://x.kz/x.js' },
      ],
    },
    configUrl: 'https://shop.cap.kz/consent.json',
    pageUrl: 'https://shop.cap.kz/',
    markup: [{ tag: 'script', category: 'marketing', service: 'TikTok Pixel', url: null }],
  });
  const services = disclosure.services;

  test('counts enabled pixels of consent.json and markup naming a service', () => {
    assert.deepEqual(
      services.map((service) => service.vendor),
      ['yandex-metrika', null, 'tiktok-pixel'],
    );
    assert.ok(isRequestDisclosed('mc.yandex.ru', 'yandex-metrika', services));
    assert.ok(isRequestDisclosed('px.partner.kz', null, services));
    assert.ok(isCookieDisclosed('partner_id', null, services));
    assert.ok(isCookieDisclosed('_ttp', 'tiktok-pixel', services));
  });

  test('data-cap-consent-service may name a preset, a service, or carry them as JSON', () => {
    const named = (service) =>
      disclosedServices({
        config: null,
        configUrl: null,
        pageUrl: 'https://shop.cap.kz/',
        markup: [{ tag: 'script', category: 'statistics', service, url: null }],
      }).services[0].vendor;
    assert.equal(named('yandex-metrika'), 'yandex-metrika');
    assert.equal(named('Hotjar'), 'hotjar');
    assert.equal(named('{"service": "Microsoft Clarity", "provider": "Microsoft"}'), 'microsoft-clarity');
    assert.equal(named('Our own counter'), null);
  });

  test('a disabled pixel discloses nothing', () => {
    assert.equal(isRequestDisclosed('top-fwz1.mail.ru', 'vk-pixel', services), false);
    assert.equal(isCookieDisclosed('tmr_lvid', 'vk-pixel', services), false);
  });

  test("reports the entries the element's validator skips", () => {
    assert.equal(disclosure.problems.length, 1);
    assert.match(disclosure.problems[0], /pixel "broken" \(entry 4\) skipped: "category": write one of/);
  });
});
