// The console in Firefox ESR (puppeteer-core over WebDriver BiDi). Firefox has no host-resolver rules, so these
// tests open the service on 127.0.0.1 and cover the console itself; the shop page is covered in Chromium.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { axeViolationsIn } from '../support/browser.mjs';
import { apiSession, TWO_PIXELS } from '../support/service-api.mjs';
import { passwordOf } from '../support/service-process.mjs';

const SERVICE = process.env.CONSOLE_SERVICE_ORIGIN;
const SITE = 'firefox.cap.kz';
let browser;
let admin;

before(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  admin = await apiSession(SERVICE, 'admin');
  await admin.publish(SITE, TWO_PIXELS);
});

after(() => browser?.close());

/** Waits until the console's visible text (shadow roots included) contains `text`. */
function waitForText(page, text) {
  return page.waitForFunction(
    (wanted) => {
      const textOf = (root) =>
        [...root.querySelectorAll('*')].map((node) => (node.shadowRoot ? textOf(node.shadowRoot) : '')).join(' ') +
        (root.textContent ?? '');
      return textOf(document).replace(/\s+/g, ' ').includes(wanted);
    },
    { timeout: 30_000 },
    text,
  );
}

/** The `index`-th element matching `selector` anywhere in the page, shadow roots included. */
function deepFind(selector, index) {
  const found = [];
  const visit = (root) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.matches(selector)) found.push(node);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  visit(document);
  return found[index] ?? null;
}

/** Waits for that element and hands it over. */
async function deep(page, selector, index = 0) {
  await page.waitForFunction(deepFind, { timeout: 30_000 }, selector, index);
  return page.evaluateHandle(deepFind, selector, index);
}

async function signInAsMarketer(page) {
  await page.goto(`${SERVICE}/console/pixels/${SITE}`);
  await (await deep(page, '#login')).type('marketer');
  await (await deep(page, '#password')).type(passwordOf('marketer'));
  await (await deep(page, 'button[type=submit]')).click();
  await deep(page, 'cap-pixel-row');
}

test('Firefox: marketing switches Metrika off and publishes; a bad GA4 id is refused with its message', async () => {
  const page = await (await browser.createBrowserContext()).newPage();
  await signInAsMarketer(page);
  const metrikaSwitch = await deep(page, 'input[role=switch]', 0);
  assert.equal(
    await metrikaSwitch.evaluate((input) => input.closest('label').textContent.includes('metrika-main')),
    true,
  );
  assert.equal(await metrikaSwitch.evaluate((input) => input.checked), true);
  await metrikaSwitch.click();
  assert.equal(await metrikaSwitch.evaluate((input) => input.checked), false);
  await (await deep(page, '#comment')).type('Firefox: Metrika off');
  await (await deep(page, 'button[type=submit]')).click();
  await waitForText(page, 'Опубликована версия 2');
  assert.equal((await admin.history(SITE))[0].comment, 'Firefox: Metrika off');

  const ga4Id = await deep(page, '#measurementId');
  await ga4Id.evaluate((input) => (input.value = ''));
  await ga4Id.type('ABC123');
  await waitForText(page, '"measurementId": "ga4" needs it, like G-ABC123XYZ');
  assert.equal(
    await ga4Id.evaluate((input) => input.getAttribute('aria-describedby')),
    'measurementId-hint measurementId-error',
  );
  await (await deep(page, 'button[type=submit]')).click();
  await waitForText(page, 'Публикация невозможна: исправьте ошибки (1).');
  assert.equal((await admin.history(SITE)).length, 2);
});

test('Firefox: axe finds no WCAG 2.2 A/AA violation on the pixels page', async () => {
  const page = await (await browser.createBrowserContext()).newPage();
  await signInAsMarketer(page);
  assert.deepEqual(await axeViolationsIn(page), []);
});
