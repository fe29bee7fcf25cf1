import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from '../dist/browser.js';
import { startFixtureServer } from './fixtures/server.mjs';
import { HOST_RESOLVER_RULES, routeFixture } from './fixtures/sites.mjs';
import { runCli } from './run-cli.mjs';

let server;
let browser;
let page;
const requested = [];

before(async () => {
  server = await startFixtureServer(routeFixture);
  const { htmlPath } = await runCli([
    `http://metrika.cap.kz:${server.port}/`,
    '--host-resolver-rules',
    HOST_RESOLVER_RULES,
  ]);
  browser = await launchBrowser({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    hostResolverRules: '',
  });
  page = await browser.newPage();
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`file://${htmlPath}`);
});
after(async () => {
  await browser?.close();
  await server.close();
});

test('the HTML report opens with the summary and the verdict, in Russian and English', async () => {
  assert.equal(await page.locator('h2').first().textContent(), 'Сводка / Summary');
  assert.equal((await page.locator('.verdict').textContent()).trim(), 'Найдено нарушений: 12 / 12 finding(s)');
  assert.equal(await page.locator('section.page').count(), 1);
});

test('the HTML report loads nothing but itself', () => {
  assert.deepEqual(
    requested.filter((url) => !url.startsWith('file:')),
    [],
  );
});

test('a click on a column heading sorts the table, a second click reverses it', async () => {
  const findings = page.locator('section').first().locator('table').nth(1);
  const heading = findings.locator('th').filter({ hasText: 'Доказательство / Evidence' });
  const column = () => findings.locator('tbody tr td:nth-child(5)').allTextContents();
  const original = await column();
  await heading.locator('button').click();
  assert.equal(await heading.getAttribute('aria-sort'), 'ascending');
  const ascending = await column();
  assert.deepEqual(
    ascending,
    [...original].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)),
  );
  await heading.locator('button').click();
  assert.deepEqual(await column(), [...ascending].reverse());
});
