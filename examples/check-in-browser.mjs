// Opens an example page in Chromium, accepts in the banner and waits until the page shows it heard
// cap-consent-change: #consent-status reads "statistics: granted". Every example must have an opener. Usage: node check-in-browser.mjs <url>...
import puppeteer from 'puppeteer-core';

const urls = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const url of urls) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(url, { waitUntil: 'networkidle0' });
    if (!(await page.$('[data-cap-consent-open]')))
      throw new Error(`${url}: no «Настройки cookie» opener (README step 1)`);
    const before = await page.$eval('#consent-status', (status) => status.textContent ?? '');
    if (before.includes('statistics: granted')) throw new Error(`${url}: granted before any decision ("${before}")`);
    const accept = await page.waitForSelector('cap-consent >>> [part~="accept-all"]', { visible: true });
    await accept.click();
    await page.waitForFunction(
      () => document.querySelector('#consent-status')?.textContent?.includes('statistics: granted'),
      { timeout: 10_000 },
    );
    const cookie = (await context.cookies?.()) ?? (await page.cookies());
    if (!cookie.some(({ name }) => name === 'cap_consent')) throw new Error(`${url}: no cap_consent cookie`);
    if (problems.length) throw new Error(`${url}: errors in the page:\n${problems.join('\n')}`);
    console.log(`ok ${url}: accepted, the page shows "statistics: granted"`);
    await context.close();
  }
} finally {
  await browser.close();
}
