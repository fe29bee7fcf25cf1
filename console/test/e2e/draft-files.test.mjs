import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { newContext } from '../support/browser.mjs';
import { chromiumWithSites } from '../support/fixture.mjs';
import { openSignedIn } from '../support/console-page.mjs';

const SITE = 'files.cap.kz';
const chromium = chromiumWithSites();

const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a site with nothing published: import a consent.json, add pixels from a preset and a plain src, publish, download it', async () => {
  const page = await (await newContext(chromium.browser)).newPage();
  await openSignedIn(page, `/pixels/${SITE}`, 'marketer');
  await page.getByText('У сайта ещё нет опубликованной конфигурации').waitFor();

  const upload = page.getByLabel('Загрузить consent.json');
  await upload.setInputFiles(file('broken.json', '{"pixels": ['));
  await page.getByText(/Файл broken\.json не загружен/).waitFor();

  const imported = {
    pixels: [{ id: 'vk-main', category: 'marketing', enabled: true, preset: 'vk-pixel', pixelId: '3456789' }],
  };
  await upload.setInputFiles(file('consent.json', JSON.stringify(imported)));
  await page.getByText('Файл consent.json загружен в черновик. Проверьте и опубликуйте.').waitFor();
  await page.getByRole('switch', { name: 'VK Ads (Top.Mail.Ru) «vk-main»' }).waitFor();

  await page.getByLabel('Поставщик', { exact: true }).selectOption({ label: 'Meta Pixel' });
  await page.getByRole('button', { name: 'Добавить', exact: true }).click();
  const metaRow = page.locator('cap-pixel-row').filter({ hasText: 'Meta Pixel «meta-pixel»' });
  await metaRow.locator('#pixelId-error').waitFor();
  await metaRow.getByLabel('Идентификатор пикселя (pixelId)').fill('123456789012345');
  assert.equal(await metaRow.locator('#pixelId-error').count(), 0);

  await page.getByLabel('Поставщик', { exact: true }).selectOption({ label: 'Свой скрипт (src)' });
  await page.getByLabel('Свой скрипт по адресу').fill('https://pixel.example/p.js');
  await page.getByRole('button', { name: 'Добавить', exact: true }).click();
  await page.getByRole('switch', { name: '«pixel»' }).waitFor();

  await page.getByLabel('Комментарий к публикации').fill('imported and extended');
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByText('Опубликована версия 1').waitFor();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Скачать опубликованный consent.json' }).click();
  const published = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  assert.deepEqual(published, {
    pixels: [
      ...imported.pixels,
      { id: 'meta-pixel', category: 'marketing', enabled: true, preset: 'meta-pixel', pixelId: '123456789012345' },
      { id: 'pixel', category: 'statistics', enabled: true, src: 'https://pixel.example/p.js' },
    ],
  });
});
