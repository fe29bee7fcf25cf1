import type { Browser, Cookie, Page, Response } from 'playwright-core';
import { RequestsInFlight } from './requests-in-flight.js';
import { readCookieWrite, scriptUrlFromStack, watchCookieWrites } from './cookie-writes.js';
import type { ConsentState, CookieWrite, ObservedRequest, StateRecord } from './model.js';
import {
  ELEMENT_TAG,
  elementSettled,
  fetchFromPage,
  readPageMarkup,
  readReportedConsent,
  readStorageKeys,
  type FetchedFile,
  type PageMarkup,
} from './page-facts.js';

const COOKIE_BINDING = '__capConsentAuditCookieWrite';

/** The banner button a visitor presses for each decided state. */
const DECISION_PART: Record<Exclude<ConsentState, 'no-decision'>, string> = {
  'necessary-only': 'accept-necessary',
  'accept-all': 'accept-all',
};

/** Everything seen while one page was loaded in one consent state, before it is classified. */
export interface StateVisit extends Pick<
  StateRecord,
  'state' | 'consent' | 'cookieWrites' | 'localStorage' | 'sessionStorage' | 'problems'
> {
  /** Null when the address did not answer with an HTML page. */
  readonly markup: PageMarkup | null;
  /** Why the address is not a page to audit (a JSON file, a download), or null. */
  readonly notPage: string | null;
  /** The address after redirects. */
  readonly finalUrl: string;
  /** The page's `config-src`, fetched by the page (read in the no-decision state only). */
  readonly configFile: FetchedFile | null;
  readonly jar: readonly Cookie[];
  readonly requests: readonly ObservedRequest[];
  /** The banner button was pressed and the element then reported a decision. */
  readonly decided: boolean;
}

/** The parts of DevTools' `Network.Initiator` the audit reads. */
interface CdpInitiator {
  url?: string;
  stack?: CdpStack;
}
interface CdpStack {
  callFrames: Array<{ url: string }>;
  parent?: CdpStack;
}

/** The script or document that started a request, from DevTools' initiator. */
function initiatorUrl(initiator: CdpInitiator, documentUrl: string): string {
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const [top] = stack.callFrames;
    // A script inserted with inline text (a tag manager's snippet, gated markup) has no URL of its own.
    if (top) return top.url || `an inline script on ${documentUrl}`;
  }
  return initiator.url || documentUrl;
}

function describeError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/**
 * Loads `url` in a fresh browser context in one consent state: for a decided
 * state the banner's button is pressed as a visitor would, then the page is
 * loaded again as the visitor's next view of it (which also catches what the
 * first view started after the click but had not finished).
 */
export async function visitInState(
  browser: Browser,
  url: string,
  state: ConsentState,
  timeoutMs: number,
): Promise<StateVisit> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const cookieWrites: CookieWrite[] = [];
  const requests: ObservedRequest[] = [];
  const problems: string[] = [];
  const headerReads: Promise<void>[] = [];
  try {
    await context.exposeBinding(COOKIE_BINDING, ({ frame }, text: string, stack: string) => {
      const write = readCookieWrite(text, 'document.cookie', scriptUrlFromStack(stack, frame.url()), Date.now());
      if (write) cookieWrites.push(write);
    });
    await context.addInitScript(watchCookieWrites, COOKIE_BINDING);
    context.on('response', (response: Response) => headerReads.push(readSetCookies(response, cookieWrites)));
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    const devtools = await context.newCDPSession(page);
    devtools.on('Network.requestWillBeSent', ({ request, initiator, type, documentURL }) => {
      if (!/^https?:/.test(request.url)) return;
      requests.push({
        url: request.url,
        host: new URL(request.url).hostname,
        resourceType: (type ?? 'Other').toLowerCase(),
        initiator: initiatorUrl(initiator, documentURL),
      });
    });
    const inFlight = new RequestsInFlight(devtools);
    await devtools.send('Network.enable');

    const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const contentType = response?.headers()['content-type'] ?? '';
    if (!contentType.includes('text/html')) {
      const answer = `HTTP ${response?.status() ?? '—'}, ${contentType || 'no content type'}`;
      return emptyVisit(state, url, [], `answers with ${answer}, not an HTML page`);
    }
    await settle(page, timeoutMs, problems);
    const markup = await page.evaluate(readPageMarkup, ELEMENT_TAG);
    const configFile =
      state === 'no-decision' && markup.configSrc ? await page.evaluate(fetchFromPage, markup.configSrc) : null;
    let decided = false;
    if (state !== 'no-decision' && markup.hasElement) {
      decided = await decide(page, DECISION_PART[state], timeoutMs, problems);
      // What the decision starts on this page view is recorded before the page is loaded again.
      await inFlight
        .quiet(timeoutMs)
        .catch((error: unknown) => problems.push(`after the click: ${describeError(error)}`));
      await page.reload({ waitUntil: 'load', timeout: timeoutMs });
      await settle(page, timeoutMs, problems);
    }
    const consent = await page.evaluate(readReportedConsent, ELEMENT_TAG);
    const storage = await page.evaluate(readStorageKeys);
    const jar = await context.cookies();
    await Promise.all(headerReads);
    const finalUrl = page.url();
    return {
      state,
      markup,
      notPage: null,
      finalUrl,
      configFile,
      consent,
      jar,
      cookieWrites,
      requests,
      ...storage,
      problems,
      decided,
    };
  } catch (error) {
    if (describeError(error).includes('Download is starting')) return emptyVisit(state, url, [], 'starts a download');
    problems.push(`the page could not be audited: ${describeError(error)}`);
    return emptyVisit(state, url, problems, null);
  } finally {
    await context.close();
  }
}

function emptyVisit(state: ConsentState, url: string, problems: string[], notPage: string | null): StateVisit {
  return {
    state,
    markup: null,
    notPage,
    finalUrl: url,
    configFile: null,
    consent: null,
    jar: [],
    cookieWrites: [],
    requests: [],
    localStorage: [],
    sessionStorage: [],
    problems,
    decided: false,
  };
}

async function readSetCookies(response: Response, writes: CookieWrite[]): Promise<void> {
  try {
    for (const header of await response.headerValues('set-cookie')) {
      const write = readCookieWrite(header, 'Set-Cookie', response.url(), Date.now());
      if (write) writes.push(write);
    }
  } catch {
    // The context closed before the headers could be read; nothing was stored from them.
  }
}

/**
 * Waits until the element is defined, its config loaded and its granted
 * pixels started, and the network has gone quiet: what a visitor's browser
 * has loaded by the time they read the page.
 */
async function settle(page: Page, timeoutMs: number, problems: string[]): Promise<void> {
  const hasElement = await page.evaluate((tag) => document.querySelector(tag) !== null, ELEMENT_TAG);
  if (hasElement) {
    try {
      await page.waitForFunction((tag) => customElements.get(tag) !== undefined, ELEMENT_TAG, {
        timeout: timeoutMs,
      });
      await page.evaluate(elementSettled, ELEMENT_TAG);
    } catch (error) {
      problems.push(`<${ELEMENT_TAG}> was never defined (did its script load?): ${describeError(error)}`);
    }
  }
  try {
    await page.waitForLoadState('networkidle', { timeout: timeoutMs });
  } catch {
    problems.push('the network never went quiet; requests after the wait are not in the report');
  }
}

/** Presses the banner button `part` inside the element's shadow root; true once the element reports a decision. */
async function decide(page: Page, part: string, timeoutMs: number, problems: string[]): Promise<boolean> {
  try {
    await page.locator(ELEMENT_TAG).locator(`[part~="${part}"]`).first().click({ timeout: timeoutMs });
  } catch (error) {
    problems.push(`the banner button (part "${part}") could not be pressed: ${describeError(error)}`);
    return false;
  }
  try {
    await page.waitForFunction(
      (tag) => (document.querySelector(tag) as { consent?: unknown } | null)?.consent != null,
      ELEMENT_TAG,
      { timeout: timeoutMs },
    );
    await page.evaluate(elementSettled, ELEMENT_TAG);
    return true;
  } catch (error) {
    problems.push(`after pressing "${part}" the element reported no decision: ${describeError(error)}`);
    return false;
  }
}
