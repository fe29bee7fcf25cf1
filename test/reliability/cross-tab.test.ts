import '../../src/index.js';
import { expect, oneEvent } from '@open-wc/testing';
import {
  bannerVisible,
  cleanPage,
  clearBrowserCookies,
  consentElement,
  cookieNameOf,
  openTab,
  siteUrl,
  visit,
} from '../support/helpers.js';

const WITHIN_MS = 2000;

describe('a decision reaches the other open tabs', () => {
  afterEach(cleanPage);
  after(clearBrowserCookies);

  it('a choice in another tab of the same site applies here within 2 s, with cap-consent-change', async () => {
    const element = await consentElement();
    const other = await openTab(siteUrl(location.hostname, { 'cookie-name': cookieNameOf(element) }));
    try {
      const changed = oneEvent(element, 'cap-consent-change');
      const clicked = Date.now();
      await other.click('accept-all');
      const { detail } = await changed;
      expect(Date.now() - clicked).to.be.below(WITHIN_MS);
      expect(detail.reason).to.equal('decided');
      expect(element.consent).to.include({ statistics: true, marketing: true });
      await element.updateComplete;
      expect(bannerVisible(element), 'the banner here closed').to.equal(false);

      const withdrawn = Date.now();
      element.withdraw();
      const seen = await other.report(2);
      expect(Date.now() - withdrawn).to.be.below(WITHIN_MS);
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
      const returned = Date.now();
      await lms.focus();
      const seen = await lms.report(1);
      expect(Date.now() - returned).to.be.below(WITHIN_MS);
      expect(seen.events).to.deep.equal(['decided']);
      expect(seen.bannerVisible).to.equal(false);
      expect(seen.pixelRuns, 'the statistics tag started there too').to.equal(1);
    } finally {
      await lms.close();
    }
  });

  it('an older decision from another tab never replaces a newer one here', async () => {
    const element = await consentElement();
    element.acceptNecessary();
    const decided = element.consent;
    window.dispatchEvent(new Event('focus'));
    expect(element.consent).to.equal(decided);
  });
});
