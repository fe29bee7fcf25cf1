// Server-side commands for the tests: the browser's real cookie jar (with
// Domain attributes, which document.cookie hides), tabs on other host names
// (*.cap.kz is mapped to this server), request counts and consent receipts
// seen by the server. They use only puppeteer calls that work over CDP
// (Chromium) and WebDriver BiDi (Firefox).

import { createHash } from 'node:crypto';
import { vendorRequests } from './vendor-hosts.mjs';

const requestCounts = new Map();

/** Both browsers request the same URLs in one run: counts are kept per browser family. */
const browserFamily = (name) => (/firefox/i.test(name) ? 'firefox' : 'chromium');

/** Counts every request the test server receives, by browser, path and query. */
export function countRequests(context, next) {
  const key = `${browserFamily(context.get('user-agent'))} ${context.url}`;
  requestCounts.set(key, (requestCounts.get(key) ?? 0) + 1);
  return next();
}

const RECEIPTS_PATH = '/receipts/';
/** POST bodies received under /receipts/<name>, by path; and how many POSTs arrived. */
const receipts = new Map();
/** Paths whose endpoint is down (503) until a test brings it back. */
const downEndpoints = new Set();

function readBody(request) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

/**
 * A consent receipt endpoint: records each POST body under its path and answers 204.
 * `?fail=N` makes the first N POSTs to that path fail with 503, to exercise the retries; the
 * receipt-endpoint command takes a path down until it is brought back.
 */
export async function receiveReceipts(context, next) {
  if (!context.path.startsWith(RECEIPTS_PATH) || context.method !== 'POST') return next();
  const record = receipts.get(context.path) ?? { attempts: 0, bodies: [] };
  receipts.set(context.path, record);
  record.attempts += 1;
  const body = await readBody(context.req);
  if (record.attempts <= Number(context.query.fail ?? 0) || downEndpoints.has(context.path)) {
    context.status = 503;
    return undefined;
  }
  record.bodies.push(JSON.parse(body));
  context.status = 204;
  return undefined;
}

/**
 * Test pages under /test/fixtures/strict* get the strictest Content-Security-Policy
 * the banner must work with (`?nonce=` adds that nonce to script-src). Pages in an
 * opaque origin (sandboxed frames) may load the modules: they are cross-origin there.
 */
export async function securityHeaders(context, next) {
  await next();
  if (context.path.startsWith('/test/fixtures/strict')) {
    const nonce = context.query.nonce ? ` 'nonce-${context.query.nonce}'` : '';
    context.set(
      'Content-Security-Policy',
      `default-src 'self'; script-src 'self'${nonce}; style-src 'self'; require-trusted-types-for 'script'`,
    );
  }
  if (context.get('origin') === 'null') context.set('Access-Control-Allow-Origin', '*');
}

const SWITCHED_CONFIG_PATH = '/test/switched-config/';
/** Bodies served under /test/switched-config/<name>, set by the set-config command (a marketer's edits). */
const switchedConfigs = new Map();

/**
 * A consent.json the test edits between page views, served as a web server would: with an ETag,
 * answering a matching If-None-Match with 304, and open to other origins (CORS).
 */
export async function serveSwitchedConfig(context, next) {
  if (!context.path.startsWith(SWITCHED_CONFIG_PATH)) return next();
  const body = switchedConfigs.get(context.path);
  context.set('Access-Control-Allow-Origin', '*');
  if (body === undefined) {
    context.status = 404;
    return undefined;
  }
  const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
  context.set('ETag', etag);
  context.set('Cache-Control', 'no-cache');
  if (context.get('if-none-match') === etag) {
    context.status = 304;
    return undefined;
  }
  context.type = 'application/json';
  context.body = body;
  return undefined;
}

/**
 * Only ends a wait whose condition never comes (the behaviour broke): the test's own timeout reports that first.
 * No wait here gives up early on a slow machine.
 */
const SAFETY_NET_MS = 60_000;

/** Polls `read` until it says done, then returns its result (after SAFETY_NET_MS: what it last saw). */
async function waitFor(read, timeout = SAFETY_NET_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (value.done || Date.now() > deadline) return value.result;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function contextOf(session) {
  return session.browser.getPage(session.id).browserContext();
}

const tabs = new Map();
let tabCounter = 0;

/** Opens `url` in a new tab of the same browser (same cookie jar) and waits until the page settled. */
async function openTab(session, url) {
  const page = await session.browser.getPage(session.id).browser().newPage();
  // No HTTP cache: every file the page wants reaches the server and is counted.
  await page.setCacheEnabled(false);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.siteReport?.settled === true, { timeout: SAFETY_NET_MS });
  return page;
}

/** Clicks the banner's parts in order, as a visitor would. */
async function clickParts(page, parts) {
  for (const part of [parts].flat()) {
    await page.evaluate(async (name) => {
      const element = document.querySelector('cap-consent');
      await element.updateComplete;
      element.shadowRoot.querySelector(`[part~="${name}"]`).click();
      await element.updateComplete;
    }, part);
  }
}

/** What a visitor would see, once the page saw `events` change events and its started pixels ran. */
async function report(page, events = 0) {
  return waitFor(async () => {
    const [result, pixelsPending] = await page.evaluate(() => [
      window.siteReport.snapshot(),
      document.querySelectorAll('script[src$="/pixel.js"]:not([type="text/plain"])').length > (window.pixelRuns ?? 0) ||
        // Stand-in vendor tags (test/fixtures/vendors) record each load in standIns.loads.
        document.querySelectorAll('script[src^="https://"]').length > (window.standIns?.loads.length ?? 0),
    ]);
    return { done: result.events.length >= events && !pixelsPending, result };
  });
}

const commands = {
  async cookies({ session }) {
    const cookies = await contextOf(session).cookies();
    return cookies.map(({ name, value, domain, path, sameSite, secure, expires, session: isSession }) => ({
      name,
      value,
      domain,
      path,
      sameSite,
      secure,
      expires,
      session: isSession,
    }));
  },
  async 'set-cookies'({ session, payload }) {
    await contextOf(session).setCookie(...payload.cookies);
    return true;
  },
  async 'clear-cookies'({ session }) {
    const context = contextOf(session);
    await context.deleteCookie(...(await context.cookies()));
    return true;
  },
  'request-count'({ payload, session }) {
    return requestCounts.get(`${browserFamily(session.browser.name)} ${payload.url}`) ?? 0;
  },
  /**
   * Requests the vendor hosts received from this browser whose `host/path?query` starts with `prefix`;
   * waits (up to 5 s) until there are `atLeast` of them.
   */
  'vendor-requests'({ payload, session }) {
    const family = `${browserFamily(session.browser.name)} `;
    return waitFor(() => {
      const result = [...vendorRequests]
        .filter(([key]) => key.startsWith(family + payload.prefix))
        .flatMap(([key, count]) => Array(count).fill(key.slice(family.length)));
      return { done: result.length >= (payload.atLeast ?? 0), result };
    }, 5000);
  },
  'set-config'({ payload }) {
    switchedConfigs.set(`${SWITCHED_CONFIG_PATH}${payload.name}`, payload.body);
    return true;
  },
  'reset-request-counts'() {
    requestCounts.clear();
    return true;
  },
  /** The receipts recorded under `path`, once there are `count` of them. */
  receipts({ payload }) {
    return waitFor(() => {
      const result = receipts.get(payload.path) ?? { attempts: 0, bodies: [] };
      return { done: result.bodies.length >= (payload.count ?? 1), result };
    });
  },
  'receipt-endpoint'({ payload }) {
    if (payload.up) downEndpoints.delete(payload.path);
    else downEndpoints.add(payload.path);
    return true;
  },
  /**
   * Opens `url` in a new tab of the same browser (same cookie jar), clicks the banner parts `click` (one or a
   * list) or calls an element method `call`, and reports what a visitor would see.
   */
  async visit({ session, payload }) {
    const page = await openTab(session, payload.url);
    try {
      if (payload.click) await clickParts(page, payload.click);
      if (payload.call) {
        await page.evaluate((method) => document.querySelector('cap-consent')[method](), payload.call);
      }
      // Gated tags start asynchronously; let them load and run before reporting.
      await page.waitForNetworkIdle({ idleTime: 100, timeout: SAFETY_NET_MS });
      await page
        .waitForFunction(
          () =>
            document.querySelectorAll('script[src$="/pixel.js"]:not([type="text/plain"])').length <=
            (window.pixelRuns ?? 0),
          { timeout: SAFETY_NET_MS },
        )
        .catch(() => {});
      return await report(page);
    } finally {
      await page.close();
    }
  },
  /** Opens a tab that stays open; returns its id for the tab-* commands. */
  async 'open-tab'({ session, payload }) {
    tabCounter += 1;
    tabs.set(tabCounter, await openTab(session, payload.url));
    return tabCounter;
  },
  async 'tab-click'({ payload }) {
    await clickParts(tabs.get(payload.tab), payload.click);
    return true;
  },
  /** Brings the tab to the front, as a visitor switching to it. */
  async 'tab-focus'({ payload }) {
    await tabs.get(payload.tab).bringToFront();
    return true;
  },
  /** The visitor leaves the tab for another one: headless tabs never lose focus, so the tab is told. */
  async 'tab-leave'({ payload }) {
    await tabs.get(payload.tab).evaluate(() => window.dispatchEvent(new Event('blur')));
    return true;
  },
  'tab-report'({ payload }) {
    return report(tabs.get(payload.tab), payload.events);
  },
  async 'close-tab'({ payload }) {
    await tabs.get(payload.tab)?.close();
    tabs.delete(payload.tab);
    return true;
  },
};

export const browserCommandsPlugin = {
  name: 'cap-consent-browser-commands',
  executeCommand({ command, payload, session }) {
    const run = commands[command];
    return run ? run({ payload, session }) : undefined;
  },
};
