import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newContext } from '../support/browser.mjs';
import { chromiumWithSites } from '../support/fixture.mjs';
import { openSignedIn } from '../support/console-page.mjs';
import { TWO_PIXELS } from '../support/service-api.mjs';

const SITE = 'team.cap.kz';
const chromium = chromiumWithSites({ [SITE]: TWO_PIXELS });

test('a publication never overwrites one made meanwhile by someone else: it is refused and the draft is kept', async () => {
  const mine = await (await newContext(chromium.browser)).newPage();
  await openSignedIn(mine, `/pixels/${SITE}`, 'marketer');
  await mine.getByRole('switch', { name: 'Google Analytics 4 «ga4-main»' }).click();

  await chromium.admin.publish(SITE, { pixels: [TWO_PIXELS.pixels[0]] }, 'GA4 removed by the admin');

  await mine.getByLabel('Комментарий к публикации').fill('GA4 off');
  await mine.getByRole('button', { name: 'Опубликовать' }).click();
  await mine.getByText('Пока вы редактировали, другой сотрудник опубликовал новую версию.', { exact: false }).waitFor();
  assert.equal(
    await mine.getByRole('switch', { name: 'Google Analytics 4 «ga4-main»' }).isChecked(),
    false,
    'the draft stays',
  );
  const versions = await chromium.admin.history(SITE);
  assert.deepEqual(
    versions.map((entry) => entry.comment),
    ['GA4 removed by the admin', 'test setup'],
  );
});
