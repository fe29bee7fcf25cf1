import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT, startFixtureServer, staticFile } from './fixtures/server.mjs';
import { cookieNames, runCli, statesOf, trackersOf } from './run-cli.mjs';

let server;
let result;

before(async () => {
  assert.ok(existsSync(join(REPO_ROOT, 'dist/cap-consent.js')), 'run `npm run build` at the repository root first');
  // The repository root served as web-dev-server serves it for `npm start` (/demo/ and /dist/).
  server = await startFixtureServer((host, path) => (host === 'demo.cap.kz' ? staticFile(REPO_ROOT, path) : null));
  result = await runCli([
    `http://demo.cap.kz:${server.port}/demo/`,
    '--host-resolver-rules',
    'MAP demo.cap.kz 127.0.0.1',
  ]);
});
after(() => server.close());

test("the project's own demo is clean: exit code 0, nothing flagged", () => {
  assert.equal(result.code, 0, result.stdout);
  assert.deepEqual(result.report.findings, []);
});

test('the demo and its marketing page are audited; consent.json is not counted as a page', () => {
  assert.deepEqual(
    result.report.pages.map((page) => new URL(page.url).pathname),
    ['/demo/', '/demo/marketing/'],
  );
});

test('the demo contacts no tracker and keeps only the consent cookie, shared by every cap.kz subdomain', () => {
  for (const state of ['no-decision', 'necessary-only', 'accept-all'])
    assert.deepEqual(trackersOf(result.report, state), []);
  assert.deepEqual(cookieNames(result.report, 'no-decision'), []);
  assert.deepEqual(cookieNames(result.report, 'accept-all'), ['cap_consent']);
  const domains = statesOf(result.report, 'accept-all').flatMap((record) =>
    record.cookies.map((cookie) => cookie.domain),
  );
  assert.deepEqual([...new Set(domains)], ['.cap.kz']);
});

test('the element reports the decision pressed in its banner', () => {
  const consent = (state) => statesOf(result.report, state).map((record) => record.consent);
  assert.deepEqual(consent('no-decision'), [null, null]);
  assert.deepEqual(consent('necessary-only'), Array(2).fill({ statistics: false, marketing: false }));
  assert.deepEqual(consent('accept-all'), Array(2).fill({ statistics: true, marketing: true }));
});

test('the marketing page discloses the Metrika pixel its consent.json enables, not the disabled VK one', () => {
  const marketing = result.report.pages[1];
  assert.deepEqual(
    marketing.disclosed.filter((service) => service.source.startsWith('consent.json')).map((service) => service.vendor),
    ['yandex-metrika'],
  );
});
