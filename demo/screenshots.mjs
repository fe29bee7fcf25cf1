// Screenshots of the running demo (`npm start` first) in headless Chromium, to look at what visitors see.
// Usage: node demo/screenshots.mjs [base-url] [out-dir]
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';

const base = process.argv[2] ?? 'http://localhost:8000/demo/';
const outDir = process.argv[3] ?? 'screenshots';
const desktop = { width: 1280, height: 800 };
const phone = { width: 320, height: 640 };
// 400% zoom of a 1280 × 800 screen: 320 × 200 CSS pixels, drawn at 4 device pixels each.
const zoom400 = { width: 320, height: 200, deviceScaleFactor: 4 };
// With the demo's own statistics pixel (named on its markup), four services for the disclosure. Stand-in tag
// addresses: nothing is requested from the vendors.
const fourServices = {
  pixels: [
    { id: 'metrika', category: 'statistics', enabled: true, preset: 'yandex-metrika', counter: 1, src: '/demo/none.js' },
    { id: 'meta', category: 'marketing', enabled: true, preset: 'meta-pixel', pixelId: 2, src: '/demo/none.js' },
    {
      id: 'edupartner',
      category: 'marketing',
      enabled: true,
      src: '/demo/none.js',
      service: 'EduPartner Pixel',
      provider: 'EduPartner GmbH',
      country: 'DE',
      policyUrl: 'https://edupartner.example/privacy',
      cookies: ['_edp_id'],
    },
  ],
};
const disclosure = { config: fourServices, decided: true, open: true };
const shots = [
  { name: 'banner-ru-desktop', ...desktop },
  { name: 'banner-kk-desktop', ...desktop, lang: 'kk' },
  { name: 'banner-en-desktop', ...desktop, lang: 'en' },
  { name: 'banner-ru-dark', ...desktop, dark: true },
  { name: 'banner-ru-focus', ...desktop, focus: 'settings' },
  { name: 'banner-ru-320', ...phone },
  { name: 'banner-kk-320', ...phone, lang: 'kk' },
  { name: 'banner-en-320-dark', ...phone, lang: 'en', dark: true },
  { name: 'banner-ru-400-percent-zoom', ...zoom400 },
  { name: 'preferences-ru-desktop', ...desktop, click: 'settings' },
  { name: 'preferences-kk-desktop-dark', ...desktop, lang: 'kk', click: 'settings', dark: true },
  { name: 'preferences-ru-320-dark', ...phone, click: 'settings', dark: true },
  { name: 'confirmation-ru-desktop', ...desktop, click: 'accept-all' },
  { name: 'confirmation-kk-320', ...phone, lang: 'kk', click: 'accept-necessary' },
  { name: 'banner-four-services-ru-desktop', ...desktop, config: fourServices },
  { name: 'disclosure-ru-desktop', ...desktop, height: 1100, ...disclosure },
  { name: 'disclosure-kk-desktop', ...desktop, height: 1100, lang: 'kk', ...disclosure },
  { name: 'disclosure-en-desktop-dark', ...desktop, height: 1100, lang: 'en', dark: true, ...disclosure },
  { name: 'disclosure-kk-320', ...phone, lang: 'kk', ...disclosure },
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
    await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: shot.deviceScaleFactor ?? 1 });
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: shot.dark ? 'dark' : 'light' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await page.goto(base, { waitUntil: 'networkidle0' });
    await page.keyboard.press('Shift'); // keyboard modality: a focused control shows its focus ring
    await page.evaluate(async ({ lang, click, focus, config, decided, open }) => {
      const element = document.querySelector('cap-consent');
      if (lang) element.setAttribute('lang', lang);
      await Promise.resolve(); // the element applies a new lang in a microtask
      await element.updateComplete;
      if (config) {
        element.config = config;
        await element.configComplete;
        await element.updateComplete;
      }
      if (decided) element.acceptNecessary();
      if (open) element.showPreferences();
      await element.updateComplete;
      const control = (name) => element.shadowRoot.querySelector(`[part~="${name}"]`);
      if (click) {
        control(click).focus();
        control(click).click();
      }
      if (focus) control(focus).focus();
      await element.updateComplete;
    }, shot);
    await page.screenshot({ path: `${outDir}/${shot.name}.png` });
    console.log(`${outDir}/${shot.name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
}
