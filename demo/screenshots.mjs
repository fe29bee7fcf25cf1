// Screenshots of the running demo (`npm start` first) in headless Chromium, to look at what visitors see.
// Usage: node demo/screenshots.mjs [base-url] [out-dir]
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';

const base = process.argv[2] ?? 'http://localhost:8000/demo/';
const outDir = process.argv[3] ?? 'screenshots';
const shots = [
  { name: 'banner-ru-desktop', width: 1280, height: 800 },
  { name: 'banner-kk-desktop', width: 1280, height: 800, lang: 'kk' },
  { name: 'banner-en-desktop', width: 1280, height: 800, lang: 'en' },
  { name: 'banner-ru-dark', width: 1280, height: 800, dark: true },
  { name: 'banner-ru-320', width: 320, height: 640 },
  { name: 'banner-kk-320', width: 320, height: 640, lang: 'kk' },
  { name: 'preferences-ru-desktop', width: 1280, height: 800, click: 'settings' },
  { name: 'preferences-ru-320-dark', width: 320, height: 640, click: 'settings', dark: true },
  { name: 'confirmation-ru-desktop', width: 1280, height: 800, click: 'accept-all' },
];

await mkdir(outDir, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const shot of shots) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: shot.width, height: shot.height });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.dark ? 'dark' : 'light' }]);
    await page.goto(base, { waitUntil: 'networkidle0' });
    await page.evaluate(async ({ lang, click }) => {
      const element = document.querySelector('cap-consent');
      if (lang) element.setAttribute('lang', lang);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await element.updateComplete;
      if (click) element.shadowRoot.querySelector(`[part~="${click}"]`).click();
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }, shot);
    await page.screenshot({ path: `${outDir}/${shot.name}.png` });
    console.log(`${outDir}/${shot.name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
}
