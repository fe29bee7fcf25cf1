import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFixtureServer } from './fixtures/server.mjs';
import { HOST_RESOLVER_RULES, routeFixture } from './fixtures/sites.mjs';
import { cookieNames, findingCounts, runCli, statesOf, trackersOf } from './run-cli.mjs';

let server;
const audit = (host, ...args) =>
  runCli([`http://${host}:${server.port}/`, '--host-resolver-rules', HOST_RESOLVER_RULES, ...args]);

before(async () => {
  server = await startFixtureServer(routeFixture);
});
after(() => server.close());

describe('a compliant site (Metrika in consent.json, Hotjar named by its gated markup)', () => {
  let result;
  before(async () => {
    result = await audit('shop.cap.kz');
  });

  test('passes: exit code 0, nothing flagged', () => {
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.deepEqual(result.report.findings, []);
  });

  test('follows its same-origin links, not the policy on cap.kz or mailto', () => {
    const port = server.port;
    assert.deepEqual(
      result.report.pages.map((page) => page.url),
      [`http://shop.cap.kz:${port}/`, `http://shop.cap.kz:${port}/courses/`],
    );
  });

  test('loads no tracker and sets no cookie before a decision; only the consent cookie after "necessary only"', () => {
    assert.deepEqual(trackersOf(result.report, 'no-decision'), []);
    assert.deepEqual(cookieNames(result.report, 'no-decision'), []);
    assert.deepEqual(trackersOf(result.report, 'necessary-only'), []);
    assert.deepEqual(cookieNames(result.report, 'necessary-only'), ['cap_consent']);
  });

  test('after "accept all" records Metrica and Hotjar with their cookies, who set them, and the consent', () => {
    assert.deepEqual(trackersOf(result.report, 'accept-all'), ['Hotjar', 'Yandex Metrica']);
    assert.deepEqual(cookieNames(result.report, 'accept-all'), ['_hjSessionUser_1', '_ym_d', '_ym_uid', 'cap_consent']);
    const home = statesOf(result.report, 'accept-all')[0];
    assert.deepEqual(home.consent, { statistics: true, marketing: true });
    const ymUid = home.cookies.find((cookie) => cookie.name === '_ym_uid');
    assert.equal(ymUid.setBy.via, 'document.cookie');
    assert.match(ymUid.setBy.url, /^http:\/\/shop\.cap\.kz:\d+\/vendor-stand-in\/mc\.yandex\.ru\/metrika\/tag\.js$/);
    assert.equal(Math.round(ymUid.askedDays), 365);
    const consent = home.cookies.find((cookie) => cookie.name === 'cap_consent');
    assert.equal(consent.domain, '.cap.kz');
  });

  test('names what the configuration discloses', () => {
    const sources = result.report.pages[0].disclosed.map((service) => [service.source.split(' ')[0], service.vendor]);
    assert.deepEqual(sources, [
      ['consent.json:', 'yandex-metrika'],
      ['markup:', 'hotjar'],
    ]);
  });

  test('prints a progress line per page and state on stderr', () => {
    assert.match(result.stderr, /\[page 1\/20\] no-decision\s+http:\/\/shop\.cap\.kz/);
    assert.match(result.stderr, /\[page 2\/20\] accept-all\s+http:\/\/shop\.cap\.kz:\d+\/courses\//);
  });
});

describe('a site with an ungated Metrika tag', () => {
  let result;
  before(async () => {
    result = await audit('metrika.cap.kz');
  });

  test('fails with exit code 1 and flags the tag before a decision and after "necessary only"', () => {
    assert.equal(result.code, 1);
    const trackers = result.report.findings.filter((finding) => finding.kind === 'tracker-without-consent');
    assert.deepEqual(
      trackers.map((finding) => [finding.state, finding.subject]),
      [
        ['no-decision', 'Yandex Metrica'],
        ['necessary-only', 'Yandex Metrica'],
      ],
    );
    assert.match(
      trackers[0].evidence,
      /^2 request\(s\), first http:\/\/mc\.yandex\.ru:\d+\/metrika\/tag\.js started by http:\/\/metrika\.cap\.kz:\d+\/$/,
    );
  });

  test('flags its cookies, also those the element removed again after "necessary only"', () => {
    assert.deepEqual(cookieNames(result.report, 'no-decision'), ['_ym_d', '_ym_uid', 'visitor_id']);
    assert.deepEqual(cookieNames(result.report, 'necessary-only'), [
      '_ym_d (removed)',
      '_ym_uid (removed)',
      'cap_consent',
      'visitor_id',
    ]);
    const cookies = result.report.findings.filter((finding) => finding.kind === 'cookie-without-consent');
    assert.deepEqual(
      cookies.map((finding) => `${finding.state} ${finding.subject}`),
      [
        'no-decision _ym_uid (metrika.cap.kz/)',
        'no-decision _ym_d (metrika.cap.kz/)',
        'necessary-only _ym_uid (metrika.cap.kz/)',
        'necessary-only _ym_d (metrika.cap.kz/)',
      ],
    );
  });

  test('flags the 800-day cookie from Set-Cookie once, and the consent cookie kept on the subdomain', () => {
    assert.deepEqual(findingCounts(result.report), {
      'tracker-without-consent': 2,
      'cookie-without-consent': 4,
      'consent-cookie-domain': 2,
      'undisclosed-tracker': 1,
      'undisclosed-cookie': 2,
      'cookie-lifetime': 1,
    });
    const lifetime = result.report.findings.find((finding) => finding.kind === 'cookie-lifetime');
    assert.equal(lifetime.subject, 'visitor_id');
    assert.match(lifetime.evidence, /^Set-Cookie by http:\/\/metrika\.cap\.kz:\d+\/ asks for 800 days \(limit 400\)$/);
    const domain = result.report.findings.find((finding) => finding.kind === 'consent-cookie-domain');
    assert.match(domain.evidence, /Domain is \.metrika\.cap\.kz, expected \.cap\.kz/);
  });

  test('--max-cookie-days moves the limit, for Set-Cookie and document.cookie writes alike', async () => {
    const strict = await audit('metrika.cap.kz', '--max-cookie-days', '364');
    const lifetimes = strict.report.findings.filter((finding) => finding.kind === 'cookie-lifetime');
    assert.deepEqual(
      // The order of the writes depends on which script runs first, not on the audit.
      lifetimes.map((finding) => `${finding.subject} ${finding.evidence.replace(/:\d+/, '')}`).sort(),
      [
        '_ym_d document.cookie by http://mc.yandex.ru/metrika/tag.js asks for 365 days (limit 364)',
        '_ym_uid document.cookie by http://mc.yandex.ru/metrika/tag.js asks for 365 days (limit 364)',
        'cap_consent document.cookie by http://metrika.cap.kz/dist/cap-consent.js asks for 365 days (limit 364)',
        'visitor_id Set-Cookie by http://metrika.cap.kz/ asks for 800 days (limit 364)',
      ],
    );
  });
});

describe('a site whose marketing snippet starts a pixel missing from consent.json', () => {
  let result;
  before(async () => {
    result = await audit('promo.cap.kz');
  });

  test('is clean before consent, and flags TikTok and its cookie as undisclosed after "accept all"', () => {
    assert.equal(result.code, 1);
    assert.deepEqual(trackersOf(result.report, 'no-decision'), []);
    assert.deepEqual(trackersOf(result.report, 'accept-all'), ['TikTok Pixel', 'Yandex Metrica']);
    assert.deepEqual(
      result.report.findings.map((finding) => [finding.kind, finding.state, finding.subject]),
      [
        ['undisclosed-tracker', 'accept-all', 'TikTok Pixel'],
        ['undisclosed-cookie', 'accept-all', '_ttp (promo.cap.kz/)'],
      ],
    );
    assert.match(result.report.findings[0].evidence, /started by an inline script on http:\/\/promo\.cap\.kz:\d+\/$/);
    assert.match(
      result.report.findings[1].evidence,
      /document\.cookie by http:\/\/analytics\.tiktok\.com:\d+\/i18n\/pixel\/events\.js/,
    );
  });
});

describe('a site without the banner', () => {
  test('is flagged for the missing element and the missing settings link, and nothing is decided', async () => {
    const result = await audit('old.cap.kz');
    assert.equal(result.code, 1);
    assert.deepEqual(findingCounts(result.report), { 'no-element': 1, 'no-opener': 1 });
    assert.equal(result.report.pages.length, 1);
    assert.deepEqual(
      result.report.pages[0].states.map((record) => [record.state, record.consent]),
      [
        ['no-decision', null],
        ['necessary-only', null],
        ['accept-all', null],
      ],
    );
  });

  test('its link to another cap.kz site is followed only with --follow-subdomains', async () => {
    const result = await audit('old.cap.kz', '--follow-subdomains', '--pages', '2');
    assert.deepEqual(
      result.report.pages.map(({ url }) => new URL(url).hostname + new URL(url).pathname),
      ['old.cap.kz/', 'shop.cap.kz/courses/'],
    );
    assert.deepEqual(findingCounts(result.report), { 'no-element': 1, 'no-opener': 1 });
  });
});

describe('the command line', () => {
  test('says what is wrong with an argument and exits 2', async () => {
    const result = await runCli(['ftp://shop.cap.kz/']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /"ftp:\/\/shop\.cap\.kz\/" is not an http\(s\) URL/);
    const pages = await runCli(['http://shop.cap.kz/', '--pages', 'many']);
    assert.equal(pages.code, 2);
    assert.match(pages.stderr, /--pages must be a whole number of at least 1, not "many"/);
  });

  test('a start URL that is not an HTML page is flagged, so a broken deploy cannot pass', async () => {
    const result = await runCli([
      `http://shop.cap.kz:${server.port}/gone/`,
      '--host-resolver-rules',
      HOST_RESOLVER_RULES,
    ]);
    assert.equal(result.code, 1);
    assert.deepEqual(
      result.report.findings.map((finding) => [finding.kind, finding.evidence]),
      [['page-failed', 'the start URL answers with HTTP 404, text/plain, not an HTML page']],
    );
  });

  test('--pages 1 audits the start page only', async () => {
    const result = await audit('shop.cap.kz', '--pages', '1');
    assert.equal(result.report.pages.length, 1);
  });
});
