// Server-side commands for the tests: the browser's real cookie jar (with
// Domain attributes, which document.cookie hides), visits to other host names
// (*.cap.kz is mapped to this server), and request counts seen by the server.

const requestCounts = new Map();

/** Counts every request the test server receives, by path and query. */
export function countRequests(context, next) {
  requestCounts.set(context.url, (requestCounts.get(context.url) ?? 0) + 1);
  return next();
}

function contextOf(session) {
  return session.browser.getPage(session.id).browserContext();
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
  'request-count'({ payload }) {
    return requestCounts.get(payload.url) ?? 0;
  },
  'reset-request-counts'() {
    requestCounts.clear();
    return true;
  },
  /**
   * Opens `url` in a new tab of the same browser (same cookie jar), optionally
   * clicks a banner part or calls an element method, and reports what a visitor would see.
   */
  async visit({ session, payload }) {
    const page = await session.browser.getPage(session.id).browser().newPage();
    try {
      // No HTTP cache: every file the page wants reaches the server and is counted.
      await page.setCacheEnabled(false);
      await page.goto(payload.url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.siteReport?.settled === true, { timeout: 5000 });
      if (payload.click) {
        await page.evaluate(async (part) => {
          const element = document.querySelector('cap-consent');
          await element.updateComplete;
          element.shadowRoot.querySelector(`[part~="${part}"]`).click();
          await element.updateComplete;
        }, payload.click);
      }
      if (payload.call) {
        await page.evaluate((method) => document.querySelector('cap-consent')[method](), payload.call);
      }
      // Gated tags start asynchronously; let them load before reporting.
      await page.waitForNetworkIdle({ idleTime: 100, timeout: 5000 });
      return await page.evaluate(() => window.siteReport.snapshot());
    } finally {
      await page.close();
    }
  },
};

export const browserCommandsPlugin = {
  name: 'cap-consent-browser-commands',
  executeCommand({ command, payload, session }) {
    const run = commands[command];
    return run ? run({ payload, session }) : undefined;
  },
};
