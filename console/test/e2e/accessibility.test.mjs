import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { axeViolations, CONSOLE_ORIGIN, launchChromium, newContext } from '../support/browser.mjs';
import { signIn } from '../support/console-page.mjs';
import { apiSession, postReceipt, TWO_PIXELS } from '../support/service-api.mjs';

const SERVICE = process.env.CONSOLE_SERVICE_ORIGIN;
const SHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const SITE = 'a11y.cap.kz';
const CONSENT_ID = randomBytes(16).toString('hex');
const DAY = '2026-02-10';
let browser;

/** Every page of the console, with what shows it is ready (its heading). */
const PAGES = [
  { name: 'sites', path: '/pixels', heading: { ru: 'Пиксели сайтов', en: 'Site pixels' } },
  {
    name: 'pixels',
    path: `/pixels/${SITE}`,
    heading: { ru: `Пиксели ${SITE}`, en: `Pixels of ${SITE}` },
    ready: 'cap-pixel-row',
  },
  {
    name: 'history',
    path: `/pixels/${SITE}/history`,
    heading: { ru: 'Версия 2 (действующая)', en: 'Version 2 (current)' },
  },
  {
    name: 'consent-log',
    path: `/consents/${CONSENT_ID}`,
    heading: { ru: 'Журнал согласий', en: 'Consent log' },
    ready: 'table',
  },
  {
    name: 'reports',
    path: `/reports?from=${DAY}&to=${DAY}`,
    heading: { ru: 'Доля согласий по дням', en: 'Consent rates per day' },
    ready: 'table',
  },
  { name: 'not-found', path: '/no-such-page', heading: { ru: 'Страница не найдена', en: 'Page not found' } },
];

before(async () => {
  browser = await launchChromium();
  await mkdir(SHOTS, { recursive: true });
  const admin = await apiSession(SERVICE, 'admin');
  await admin.publish(SITE, TWO_PIXELS, 'first');
  await admin.publish(
    SITE,
    { pixels: [{ ...TWO_PIXELS.pixels[0], enabled: false }, TWO_PIXELS.pixels[1]] },
    'Metrika off',
  );
  for (const [at, statistics, marketing] of [
    ['08:00:00', true, false],
    ['09:00:00', true, true],
    ['10:00:00', false, false],
  ]) {
    await postReceipt(SERVICE, {
      consentId: at === '08:00:00' ? CONSENT_ID : randomBytes(16).toString('hex'),
      decision: { necessary: true, statistics, marketing },
      policyVersion: '2024-05',
      policyUrl: 'https://cap.kz/privacy',
      timestamp: `${DAY}T${at}Z`,
      language: 'ru',
      pageUrl: `https://${SITE}/`,
      userAgent: 'test',
    });
  }
});

after(() => browser?.close());

async function checkPage(page, lang, { name, path, heading, ready }) {
  await page.goto(`${CONSOLE_ORIGIN}/console${path}`);
  await page.getByRole('heading', { name: heading[lang] }).first().waitFor();
  if (ready) await page.locator(ready).first().waitFor();
  if (name !== 'pixels') {
    await page.screenshot({ path: `${SHOTS}${name}.${lang}.png`, fullPage: true });
    return (await axeViolations(page)).map((line) => `${name} (${lang}): ${line}`);
  }
  // The preview frame shows the real banner with the draft, then its preferences.
  const preview = page.frameLocator('iframe').locator('cap-consent');
  await preview.getByRole('button', { name: lang === 'ru' ? 'Принять все' : 'Accept all' }).waitFor();
  await page.screenshot({ path: `${SHOTS}${name}.${lang}.png`, fullPage: true });
  const violations = await axeViolations(page);
  await page.getByRole('button', { name: lang === 'ru' ? 'Показать настройки' : 'Show preferences' }).click();
  await preview.getByRole('dialog').waitFor();
  await page.locator('cap-preview-pane').screenshot({ path: `${SHOTS}${name}-preview-preferences.${lang}.png` });
  violations.push(...(await axeViolations(page)));
  return violations.map((line) => `${name} (${lang}): ${line}`);
}

test('axe finds no WCAG 2.2 A/AA violation on any page, in Russian and in English', async () => {
  const page = await (await newContext(browser, { viewport: { width: 1280, height: 900 } })).newPage();
  const violations = [];

  await page.goto(`${CONSOLE_ORIGIN}/console/`);
  await page.getByRole('heading', { name: 'Вход в консоль согласий' }).waitFor();
  await page.screenshot({ path: `${SHOTS}sign-in.ru.png` });
  violations.push(...(await axeViolations(page)).map((line) => `sign-in (ru): ${line}`));
  await signIn(page, 'admin');
  for (const entry of PAGES) violations.push(...(await checkPage(page, 'ru', entry)));

  await page.getByRole('button', { name: 'Switch the console to English' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  for (const entry of PAGES) violations.push(...(await checkPage(page, 'en', entry)));

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to the consent console' }).waitFor();
  await page.screenshot({ path: `${SHOTS}sign-in.en.png` });
  violations.push(...(await axeViolations(page)).map((line) => `sign-in (en): ${line}`));

  assert.deepEqual(violations, []);
});

test('axe: the refusal page and a field with a validator error have no violation either', async () => {
  const page = await (await newContext(browser)).newPage();
  await page.goto(`${CONSOLE_ORIGIN}/console/consents`);
  await signIn(page, 'marketer');
  await page.getByRole('heading', { name: 'Нет доступа' }).waitFor();
  await page.screenshot({ path: `${SHOTS}refusal.ru.png` });
  const violations = (await axeViolations(page)).map((line) => `refusal: ${line}`);

  await page.goto(`${CONSOLE_ORIGIN}/console/pixels/${SITE}`);
  const counter = page.getByLabel('Номер счётчика (counter)');
  await counter.fill('12ab');
  await page.locator('#counter-error').waitFor();
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByText(/Публикация невозможна/).waitFor();
  await page.screenshot({ path: `${SHOTS}pixels-error.ru.png`, fullPage: true });
  violations.push(...(await axeViolations(page)).map((line) => `pixel error: ${line}`));
  assert.deepEqual(violations, []);
});
