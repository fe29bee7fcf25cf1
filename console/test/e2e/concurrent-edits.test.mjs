import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, newContext } from '../support/browser.mjs';
import { openSignedIn } from '../support/console-page.mjs';
import { apiSession, TWO_PIXELS } from '../support/service-api.mjs';

const SERVICE = process.env.CONSOLE_SERVICE_ORIGIN;
const SITE = 'team.cap.kz';
let browser;
let admin;

before(async () => {
  browser = await launchChromium();
  admin = await apiSession(SERVICE, 'admin');
  await admin.publish(SITE, TWO_PIXELS);
});

after(() => browser?.close());

test('a publication never overwrites one made meanwhile by someone else: it is refused and the draft is kept', async () => {
  const mine = await (await newContext(browser)).newPage();
  await openSignedIn(mine, `/pixels/${SITE}`, 'marketer');
  await mine.getByRole('switch', { name: 'Google Analytics 4 «ga4-main»' }).click();

  await admin.publish(SITE, { pixels: [TWO_PIXELS.pixels[0]] }, 'GA4 removed by the admin');

  await mine.getByLabel('Комментарий к публикации').fill('GA4 off');
  await mine.getByRole('button', { name: 'Опубликовать' }).click();
  await mine.getByText('Пока вы редактировали, другой сотрудник опубликовал новую версию.', { exact: false }).waitFor();
  assert.equal(
    await mine.getByRole('switch', { name: 'Google Analytics 4 «ga4-main»' }).isChecked(),
    false,
    'the draft stays',
  );
  const versions = await admin.history(SITE);
  assert.deepEqual(
    versions.map((entry) => entry.comment),
    ['GA4 removed by the admin', 'test setup'],
  );
});
