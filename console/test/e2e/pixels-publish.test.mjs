import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newContext, PORTS, SHOP_ORIGIN } from '../support/browser.mjs';
import { chromiumWithSites } from '../support/fixture.mjs';
import { openSignedIn, pixelsApplied } from '../support/console-page.mjs';
import { TWO_PIXELS } from '../support/service-api.mjs';
import { vendorRequests } from '../support/site-server.mjs';

const SITE_SERVER = `http://127.0.0.1:${PORTS.site}`;
const METRIKA = 'mc.yandex.ru';
const chromium = chromiumWithSites({ 'shop.cap.kz': TWO_PIXELS });

/** Resolves once the stand-in Metrika server has answered the page (so its count includes the request). */
const metrikaResponse = (page) =>
  page.waitForResponse((response) => new URL(response.url()).host === METRIKA, { timeout: 0 });

/** A page view of shop.cap.kz by a visitor who allowed everything: did it request Metrika? */
async function shopViewRequestsMetrika(visitor) {
  const before = await vendorRequests(METRIKA, SITE_SERVER);
  const metrikaServed = metrikaResponse(visitor);
  await visitor.goto(`${SHOP_ORIGIN}/`);
  const scripts = await pixelsApplied(visitor);
  const inserted = scripts.some((src) => new URL(src).host === METRIKA);
  if (inserted) await metrikaServed;
  return { inserted, requests: (await vendorRequests(METRIKA, SITE_SERVER)) - before };
}

test('marketing switches Yandex.Metrika off and publishes: the shop stops requesting it; Roll back brings it back', async () => {
  const visitor = await (await newContext(chromium.browser)).newPage();
  await visitor.goto(`${SHOP_ORIGIN}/`);
  const firstMetrika = metrikaResponse(visitor);
  await visitor.locator('cap-consent').getByRole('button', { name: 'Принять все' }).click();
  await firstMetrika;
  assert.deepEqual(
    await shopViewRequestsMetrika(visitor),
    { inserted: true, requests: 1 },
    'Metrika runs before the change',
  );

  const console = await (await newContext(chromium.browser)).newPage();
  await openSignedIn(console, '/pixels/shop.cap.kz', 'marketer');
  const metrikaSwitch = console.getByRole('switch', { name: 'Yandex Metrica «metrika-main»' });
  assert.equal(await metrikaSwitch.isChecked(), true);
  await metrikaSwitch.click();
  assert.equal(await metrikaSwitch.isChecked(), false);
  await console.getByLabel('Комментарий к публикации').fill('Metrika off for the campaign');
  await console.getByRole('button', { name: 'Опубликовать' }).click();
  await console.getByText('Опубликована версия 2').waitFor();

  assert.deepEqual(
    await shopViewRequestsMetrika(visitor),
    { inserted: false, requests: 0 },
    'no Metrika after publishing',
  );

  await console.getByRole('link', { name: 'История публикаций' }).click();
  await console.getByText('Yandex Metrica «metrika-main»: выключен').waitFor();
  await console.getByText('Metrika off for the campaign').waitFor();
  await console.getByRole('button', { name: 'Откатить к версии 1' }).click();
  await console.getByText('Восстановлена версия 1 (опубликована как версия 3).').waitFor();

  assert.deepEqual(
    await shopViewRequestsMetrika(visitor),
    { inserted: true, requests: 1 },
    'Metrika is back after the roll back',
  );
});
