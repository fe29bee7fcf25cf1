import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONSOLE_ORIGIN, newContext, tabTo } from '../support/browser.mjs';
import { chromiumWithSites } from '../support/fixture.mjs';
import { openSignedIn, signIn } from '../support/console-page.mjs';
import { TWO_PIXELS } from '../support/service-api.mjs';
import { passwordOf } from '../support/service-process.mjs';

const chromium = chromiumWithSites({ 'kb.cap.kz': TWO_PIXELS, 'edu.cap.kz': TWO_PIXELS });

const versionsOf = async (site) => (await chromium.admin.history(site)).length;

test('keyboard only: sign in, switch Metrika off, comment and publish', async () => {
  const page = await (await newContext(chromium.browser)).newPage();
  await page.goto(`${CONSOLE_ORIGIN}/console/pixels/kb.cap.kz`);
  await page.getByRole('heading', { name: 'Вход в консоль согласий' }).waitFor();

  await tabTo(page, (focused) => focused.id === 'login');
  await page.keyboard.type('marketer');
  await page.keyboard.press('Tab');
  await page.keyboard.type(passwordOf('marketer'));
  await page.keyboard.press('Enter');
  await page.getByRole('switch', { name: 'Yandex Metrica «metrika-main»' }).waitFor();

  await tabTo(page, (focused) => focused.role === 'switch' && focused.text.includes('Yandex Metrica «metrika-main»'));
  await page.keyboard.press('Space');
  assert.equal(await page.getByRole('switch', { name: 'Yandex Metrica «metrika-main»' }).isChecked(), false);
  await tabTo(page, (focused) => focused.id === 'comment');
  await page.keyboard.type('Metrika off, by keyboard');
  await tabTo(page, (focused) => focused.tag === 'button' && focused.text === 'Опубликовать');
  await page.keyboard.press('Enter');
  await page.getByText('Опубликована версия 2').waitFor();
  assert.equal(await versionsOf('kb.cap.kz'), 2);
});

test('a session that ends mid-work asks to sign in again and keeps the unpublished changes', async () => {
  const page = await (await newContext(chromium.browser)).newPage();
  await openSignedIn(page, '/pixels/edu.cap.kz', 'marketer');
  const metrikaSwitch = page.getByRole('switch', { name: 'Yandex Metrica «metrika-main»' });
  await metrikaSwitch.click();
  await page.getByLabel('Комментарий к публикации').fill('kept across sign-in');

  // The session ends on the server (expired, or signed out in another tab).
  assert.equal(await page.evaluate(() => fetch('/v1/session', { method: 'DELETE' }).then((r) => r.status)), 204);
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByText('Сеанс истёк. Войдите снова: ваши несохранённые изменения на месте.').waitFor();
  assert.equal(new URL(page.url()).pathname, '/console/pixels/edu.cap.kz', 'the address stays');

  await signIn(page, 'marketer');
  assert.equal(await metrikaSwitch.isChecked(), false, 'the switch keeps its new state');
  assert.equal(await page.getByLabel('Комментарий к публикации').inputValue(), 'kept across sign-in');
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByText('Опубликована версия 2').waitFor();
  assert.equal((await chromium.admin.history('edu.cap.kz'))[0].comment, 'kept across sign-in');
});
