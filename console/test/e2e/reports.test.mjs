import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { launchChromium, newContext } from '../support/browser.mjs';
import { openSignedIn } from '../support/console-page.mjs';
import { postReceipt } from '../support/service-api.mjs';

const SERVICE = process.env.CONSOLE_SERVICE_ORIGIN;
const DAY = '2026-01-15';
let browser;

/** A receipt of a new visitor of `host` on DAY. */
const receipt = (host, statistics, marketing, at) => ({
  consentId: randomBytes(16).toString('hex'),
  decision: { necessary: true, statistics, marketing },
  policyVersion: '2024-05',
  policyUrl: 'https://cap.kz/privacy',
  timestamp: `${DAY}T${at}Z`,
  language: 'ru',
  pageUrl: `https://${host}/courses`,
  userAgent: 'test',
});

before(async () => {
  browser = await launchChromium();
  // lms: 4 decisions, 3 allow statistics (75 %), 2 marketing (50 %), 1 necessary only (25 %); edu: 1, all granted.
  const known = [
    receipt('lms.cap.kz', true, true, '08:00:00'),
    receipt('lms.cap.kz', true, true, '09:00:00'),
    receipt('lms.cap.kz', true, false, '10:00:00'),
    receipt('lms.cap.kz', false, false, '11:00:00'),
    receipt('edu.cap.kz', true, true, '12:00:00'),
  ];
  for (const body of known) await postReceipt(SERVICE, body);
});

after(() => browser?.close());

const tableRows = (page) =>
  page
    .getByRole('table')
    .locator('tbody tr, tfoot tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())));

test('the report for a day with known receipts shows the right shares, per site and for all sites', async () => {
  const page = await (await newContext(browser)).newPage();
  await openSignedIn(page, `/reports?site=lms.cap.kz&from=${DAY}&to=${DAY}`, 'marketer');
  await page.getByRole('table', { name: `Доли согласий по дням, lms.cap.kz, ${DAY} — ${DAY}` }).waitFor();
  assert.deepEqual(await tableRows(page), [
    [DAY, '4', '75 %', '50 %', '25 %'],
    ['За период', '4', '75 %', '50 %', '25 %'],
  ]);
  await page.getByRole('img', { name: /График долей согласий, lms\.cap\.kz/ }).waitFor();

  await page.getByLabel('Сайт').selectOption({ label: 'Все сайты' });
  await page.getByRole('button', { name: 'Показать' }).click();
  await page.getByRole('table', { name: `Доли согласий по дням, Все сайты, ${DAY} — ${DAY}` }).waitFor();
  assert.equal(new URL(page.url()).search, `?from=${DAY}&to=${DAY}`, 'the period is in the address');
  assert.deepEqual(await tableRows(page), [
    [DAY, '5', '80 %', '60 %', '20 %'],
    ['За период', '5', '80 %', '60 %', '20 %'],
  ]);
});

test('a period without decisions says so instead of an empty chart', async () => {
  const page = await (await newContext(browser)).newPage();
  await openSignedIn(page, '/reports?site=lms.cap.kz&from=2025-03-01&to=2025-03-02', 'dpo');
  await page.getByText('За этот период решений нет.').waitFor();
  assert.equal(await page.getByRole('table').count(), 0);
});
