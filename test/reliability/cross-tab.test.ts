import '../../src/index.js';
import { expect, oneEvent } from '@open-wc/testing';
import {
  bannerVisible,
  cleanPage,
  clearBrowserCookies,
  consentElement,
  cookieNameOf,
  openTab,
  recordEvents,
  siteUrl,
  storedValue,
  visit,
} from '../support/helpers.js';

/** Resolves once the page was idle: the element has taken up its idle work (listening to other tabs). */
const pageIdle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));

/** Stores a decision in the element's cookie and announces it, as another tab of this site does. */
function decideInAnotherTab(name: string, value: string): void {
  document.cookie = `${name}=${value}; path=/`;
  window.dispatchEvent(new StorageEvent('storage', { key: `cap-consent:changed:${name}` }));
}

describe('a decision reaches the other open tabs', () => {
  afterEach(cleanPage);
  after(clearBrowserCookies);

  // How long it takes is measured in the bench (bench/cross-tab.mjs), not asserted here.
  it('a choice in another tab of the same site applies here, with cap-consent-change', async () => {
    const element = await consentElement();
    const other = await openTab(siteUrl(location.hostname, { 'cookie-name': cookieNameOf(element) }));
    try {
      await pageIdle();
      // The visitor goes to the other tab (headless tabs never lose focus by themselves, so this one is told).
      window.dispatchEvent(new Event('blur'));
      const changed = oneEvent(element, 'cap-consent-change');
      await other.click('accept-all');
      const { detail } = await changed;
      expect(detail.reason).to.equal('decided');
      expect(element.consent).to.include({ statistics: true, marketing: true });
      await element.updateComplete;
      expect(bannerVisible(element), 'the banner here closed').to.equal(false);

      await other.leave();
      element.withdraw();
      const seen = await other.report(2);
      expect(seen.events).to.deep.equal(['decided', 'withdrawn']);
      expect(seen.consent).to.include({ statistics: false, marketing: false });
    } finally {
      await other.close();
    }
  });

  it('a choice on shop.cap.kz applies in an open lms.cap.kz tab when the visitor returns to it', async () => {
    await clearBrowserCookies();
    const lms = await openTab(siteUrl('lms.cap.kz'));
    try {
      expect((await lms.report()).bannerVisible).to.equal(true);
      await visit(siteUrl('shop.cap.kz'), 'accept-all');
      await lms.focus();
      const seen = await lms.report(1);
      expect(seen.events).to.deep.equal(['decided']);
      expect(seen.bannerVisible).to.equal(false);
      expect(seen.pixelRuns, 'the statistics tag started there too').to.equal(1);
    } finally {
      await lms.close();
    }
  });

  it('an older decision from another tab never replaces a newer one here; a newer one does', async () => {
    const element = await consentElement();
    const name = cookieNameOf(element);
    element.acceptNecessary();
    const decided = element.consent!;
    await pageIdle();
    // The visitor left this tab (the page may also be hidden after other tests, so no focus re-check here).
    window.dispatchEvent(new Event('blur'));
    const events = recordEvents();
    try {
      decideInAnotherTab(name, storedValue({ statistics: true, marketing: true }, '1', decided.decidedAt - 60_000));
      expect(element.consent, 'the older decision is not taken').to.equal(decided);
      expect(events.reasons).to.deep.equal([]);

      decideInAnotherTab(name, storedValue({ statistics: true, marketing: false }, '1', decided.decidedAt + 60_000));
      expect(element.consent, 'a newer decision is taken').to.include({ statistics: true, marketing: false });
      expect(events.reasons).to.deep.equal(['updated']);
    } finally {
      events.stop();
    }
  });
});
