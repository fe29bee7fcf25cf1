// Screenshot of the pixel debug panel (`?cap-consent-debug`) on the marketing demo page, with a consent.json
// that shows every state. Needs `npm run build`. Usage: node demo/debug-panel-screenshot.mjs [out.png]
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? join(root, 'demo/screenshots/debug-panel.png');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const config = {
  pixels: [
    {
      id: 'metrika',
      category: 'statistics',
      enabled: true,
      preset: 'yandex-metrika',
      counter: 12345678,
      options: { webvisor: true },
      src: '/demo/marketing/pixels/metrika-stand-in.js',
    },
    { id: 'ga4', category: 'statistics', enabled: true, preset: 'ga4', measurementId: 'G-ABC123XYZ' },
    { id: 'vk-retargeting', category: 'marketing', enabled: false, preset: 'vk-pixel', pixelId: '3456789' },
    { id: 'meta', category: 'marketing', enabled: true, preset: 'meta-pixel', pixelId: '123456789012345' },
    { id: 'partner', category: 'marketing', enabeld: true, src: 'partner.example.kz/pixel.js' },
  ],
};

const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  try {
    const body = path === '/demo/marketing/consent.json' ? JSON.stringify(config) : await readFile(join(root, path));
    response.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
    response.end(body);
  } catch {
    response.statusCode = 404;
    response.end();
  }
}).listen(0);
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  // The vendors' real hosts are not reached from here: their tags fail, as an ad blocker would make them.
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    new URL(request.url()).hostname === 'localhost' ? request.continue() : request.abort('blockedbyclient'),
  );
  await page.goto(`http://localhost:${port}/demo/marketing/index.html?cap-consent-debug`, { waitUntil: 'load' });
  await page.evaluate(async () => {
    const element = document.querySelector('cap-consent');
    await element.configComplete;
    element.save({ statistics: true, marketing: false });
    const failed = () => element.pixels.some((pixel) => pixel.state === 'failed');
    while (!failed())
      await new Promise((resolve) => element.addEventListener('cap-consent-pixels', resolve, { once: true }));
    await element.updateComplete;
  });
  await page.waitForSelector('[data-cap-consent-debug]');
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
  server.close();
}
