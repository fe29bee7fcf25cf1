import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const PORTS = { service: 8805, site: 8806, vendors: 8807 };
/** The service and the sites on real host names; the vendors' tags come from the test's stand-in. */
export const CONSOLE_ORIGIN = 'http://consent.cap.kz';
export const SHOP_ORIGIN = 'http://shop.cap.kz';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=MAP consent.cap.kz 127.0.0.1:${PORTS.service}, MAP *.cap.kz 127.0.0.1:${PORTS.site}, ` +
        `MAP mc.yandex.ru 127.0.0.1:${PORTS.vendors}, MAP www.googletagmanager.com 127.0.0.1:${PORTS.vendors}, ` +
        'MAP * ~NOTFOUND',
    ],
  });
}

/** A fresh browser profile (cookies, storage) in Russian, as an operator or a visitor starts. */
export function newContext(browser, options = {}) {
  return browser.newContext({
    ignoreHTTPSErrors: true,
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
    acceptDownloads: true,
    ...options,
  });
}

/** axe-core's WCAG 2.2 A/AA violations in one document: a Playwright frame or a Puppeteer page. */
export async function axeViolationsIn(target) {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    const result = await window.axe.run(document, {
      iframes: false,
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

/** The violations in every frame of the page (the preview frame too). */
export async function axeViolations(page) {
  const found = [];
  for (const frame of page.frames()) {
    found.push(...(await axeViolationsIn(frame)).map((line) => `${frame.url()} ${line}`));
  }
  return found;
}

/** The element that has keyboard focus, looking inside shadow roots. */
export function deepFocus(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const label = active?.closest('label')?.textContent ?? active?.labels?.[0]?.textContent ?? '';
    return {
      tag: active?.localName,
      id: active?.id,
      role: active?.getAttribute('role'),
      type: active?.getAttribute('type'),
      text: `${label} ${active?.textContent ?? ''}`.replace(/\s+/g, ' ').trim(),
    };
  });
}

/** Presses Tab until `matches(focused)`; fails after `limit` presses instead of looping for ever. */
export async function tabTo(page, matches, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    const focused = await deepFocus(page);
    if (matches(focused)) return focused;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the element (last: ${JSON.stringify(await deepFocus(page))})`);
}
