import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { CONSOLE_ORIGIN, newContext, SHOP_ORIGIN } from '../support/browser.mjs';
import { chromiumWithSites } from '../support/fixture.mjs';
import { openSignedIn } from '../support/console-page.mjs';

const chromium = chromiumWithSites();

/** Resolves when the page's receipt POST has been answered (the element sends it with a keepalive fetch). */
const receiptAnswered = (page) =>
  page.waitForEvent(
    'requestfinished',
    (request) => request.url().endsWith('/v1/receipts') && request.method() === 'POST',
  );

/**
 * A visitor on shop.cap.kz decides twice, a minute apart on the page's clock (a receipt is keyed by consent id
 * and whole second); resolves with their consent id once the service stored both receipts.
 */
async function visitorWithTwoDecisions() {
  const page = await (await newContext(chromium.browser)).newPage();
  const firstDecision = Math.floor(Date.now() / 60_000) * 60_000 - 120_000;
  await page.clock.setFixedTime(firstDecision);
  await page.goto(`${SHOP_ORIGIN}/catalog`);
  let answered = receiptAnswered(page);
  await page.locator('cap-consent').getByRole('button', { name: 'Только необходимые' }).click();
  assert.equal((await (await answered).response()).status(), 201);
  await page.clock.setFixedTime(firstDecision + 60_000);
  answered = receiptAnswered(page);
  await page.evaluate(() => document.querySelector('cap-consent').save({ statistics: true }));
  assert.equal((await (await answered).response()).status(), 201);
  return page.evaluate(() => document.querySelector('cap-consent').consent.id);
}

test('a dpo looks up the consent id a visitor quotes and sees each decision; the CSV export holds them', async () => {
  const consentId = await visitorWithTwoDecisions();
  const page = await (await newContext(chromium.browser)).newPage();
  await openSignedIn(page, '/consents', 'dpo');
  await page.getByLabel('Идентификатор согласия').fill(consentId);
  await page.getByRole('button', { name: 'Найти' }).click();

  const table = page.getByRole('table', { name: `Решения посетителя ${consentId}, от старых к новым` });
  await table.waitFor();
  assert.equal(new URL(page.url()).pathname, `/console/consents/${consentId}`, 'the lookup has its own address');
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())));
  assert.equal(rows.length, 2);
  assert.equal(rows[0][1], 'только необходимые');
  assert.equal(rows[1][1], 'статистика: разрешено; реклама: запрещено');
  for (const row of rows) {
    assert.equal(row[2], 'shop.cap.kz/catalog');
    assert.equal(row[3], '2024-05');
    assert.equal(row[4], 'ru');
  }

  await page.reload();
  await table.waitFor();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.split(/\r?\n/).filter((line) => line.includes(consentId));
  assert.equal(lines.length, 2, `both decisions are in the CSV:\n${csv}`);
});

test('a marketing user is not offered the consent log and its address shows a clear refusal', async () => {
  const page = await (await newContext(chromium.browser)).newPage();
  await openSignedIn(page, '/consents', 'marketer');
  await page.getByRole('heading', { name: 'Нет доступа' }).waitFor();
  await page.getByText('Раздел «Журнал согласий» недоступен для роли «маркетинг».').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Журнал согласий' }).count(), 0, 'no link to it');
  const answer = await page.evaluate(() =>
    fetch('/v1/consents/0123456789abcdef0123456789abcdef').then((r) => r.status),
  );
  assert.equal(answer, 403, 'the service refuses it as well');
});

test('a deep link opened by a signed-out browser asks to sign in, then shows that page', async () => {
  const page = await (await newContext(chromium.browser)).newPage();
  await page.goto(`${CONSOLE_ORIGIN}/console/reports?from=2026-01-01&to=2026-01-31`);
  await page.getByRole('heading', { name: 'Вход в консоль согласий' }).waitFor();
  await openSignedIn(page, '/reports?from=2026-01-01&to=2026-01-31', 'dpo');
  await page.getByRole('heading', { name: 'Доля согласий по дням' }).waitFor();
  assert.equal(await page.getByLabel('С даты').inputValue(), '2026-01-01');
});
