import { chromium, type Browser } from 'playwright-core';
import { cookieDomainCandidates } from 'cap-consent/core';
import { probeCookieDomain } from './page-facts.js';

export interface BrowserSettings {
  readonly executablePath: string;
  /** Chromium's `--host-resolver-rules`, e.g. `MAP *.cap.kz 127.0.0.1`; empty for none. */
  readonly hostResolverRules: string;
}

export async function launchBrowser({ executablePath, hostResolverRules }: BrowserSettings): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // One renderer for every frame, so one DevTools session sees each request's initiator.
      '--disable-site-isolation-trials',
      ...(hostResolverRules ? [`--host-resolver-rules=${hostResolverRules}`] : []),
    ],
  });
}

/**
 * The registrable domain of `url`'s host as the browser sees it (it refuses
 * cookies on public suffixes), or the host itself where cookies are host-only.
 * Probed on a stand-in page, so the site itself is not loaded.
 */
export async function registrableDomain(browser: Browser, url: string): Promise<string> {
  const { hostname, origin } = new URL(url);
  const candidates = cookieDomainCandidates(hostname);
  if (candidates.length === 0) return hostname;
  const context = await browser.newContext();
  try {
    await context.route('**/*', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>probe</title>' }),
    );
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    return (await page.evaluate(probeCookieDomain, candidates)) ?? hostname;
  } finally {
    await context.close();
  }
}
