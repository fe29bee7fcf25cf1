import { after, before } from 'node:test';
import { launchChromium } from './browser.mjs';
import { apiSession } from './service-api.mjs';

/**
 * A test file's Chromium and an admin API session, with `sites` (site → consent.json) published before the
 * tests; the browser closes after them. The fields are filled in when the `before` hook has run.
 */
export function chromiumWithSites(sites = {}) {
  const fixture = { browser: null, admin: null };
  before(async () => {
    fixture.browser = await launchChromium();
    fixture.admin = await apiSession(process.env.CONSOLE_SERVICE_ORIGIN, 'admin');
    for (const [site, config] of Object.entries(sites)) await fixture.admin.publish(site, config);
  });
  after(() => fixture.browser?.close());
  return fixture;
}
