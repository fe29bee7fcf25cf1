import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newContext } from '../support/browser.mjs';
import { chromiumWithSites } from '../support/fixture.mjs';
import { openSignedIn } from '../support/console-page.mjs';
import { TWO_PIXELS } from '../support/service-api.mjs';

const SITE = 'news.cap.kz';
const chromium = chromiumWithSites({ [SITE]: TWO_PIXELS });

test("a GA4 id without G- shows the validator's message on the field, and Publish is refused", async () => {
  const page = await (await newContext(chromium.browser)).newPage();
  await openSignedIn(page, `/pixels/${SITE}`, 'marketer');
  const ga4Row = page.locator('cap-pixel-row').filter({ hasText: 'ga4-main' });
  const measurementId = ga4Row.getByLabel('Идентификатор потока GA4 (measurementId)');
  await measurementId.fill('ABC123XYZ');

  const error = ga4Row.locator('#measurementId-error');
  await error.waitFor();
  assert.match(await error.textContent(), /"measurementId": "ga4" needs it, like G-ABC123XYZ \(now: "ABC123XYZ"\)/);
  assert.equal(await measurementId.getAttribute('aria-invalid'), 'true');
  assert.ok(
    (await measurementId.getAttribute('aria-describedby')).split(' ').includes('measurementId-error'),
    'the error describes the field',
  );

  await page.getByLabel('Комментарий к публикации').fill('broken id');
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByText('Публикация невозможна: исправьте ошибки (1).').waitFor();
  assert.equal((await chromium.admin.history(SITE)).length, 1, 'nothing was published');

  await measurementId.fill('G-NEW123');
  assert.equal(await error.count(), 0, 'the message goes once the value is right');
  assert.equal(await measurementId.getAttribute('aria-invalid'), 'false');
});

test('the service refuses a broken consent.json too (the console is not the only guard)', async () => {
  const broken = { pixels: [{ ...TWO_PIXELS.pixels[1], measurementId: 'ABC' }] };
  await assert.rejects(chromium.admin.publish(SITE, broken), /422.*\\"measurementId\\": \\"ga4\\" needs it/);
});
