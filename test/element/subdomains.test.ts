import { expect } from '@open-wc/testing';
import { browserCookies, clearBrowserCookies, setBrowserCookies, storedValue, visit } from '../support/helpers.js';

// The test browser resolves *.cap.kz to this test server (see web-test-runner.config.mjs).
const site = (host: string, query = '') => `http://${host}:${location.port}/test/fixtures/site.html${query}`;

describe('one decision for cap.kz and all its subdomains', () => {
  beforeEach(clearBrowserCookies);
  after(clearBrowserCookies);

  it('a choice on shop.cap.kz is stored on .cap.kz and honoured on lms.cap.kz without a banner', async () => {
    const shop = await visit(site('shop.cap.kz'), 'accept-all');
    expect(shop.bannerVisible).to.equal(false);
    expect(shop.events).to.deep.equal(['decided']);
    const cookies = await browserCookies('cap_consent');
    expect(cookies).to.have.length(1);
    expect(cookies[0].domain).to.equal('.cap.kz');
    expect(cookies[0].sameSite).to.equal('Lax');

    const lms = await visit(site('lms.cap.kz'));
    expect(lms.bannerVisible).to.equal(false);
    expect(lms.events).to.deep.equal(['restored']);
    expect(lms.consent).to.include({ statistics: true, marketing: true });
    expect(lms.pixelRuns, 'the statistics tag ran on the other subdomain').to.equal(1);
  });

  it('works the same from a deeper subdomain and from cap.kz itself', async () => {
    await visit(site('a.b.cap.kz'), 'accept-necessary');
    expect((await browserCookies('cap_consent')).map((cookie) => cookie.domain)).to.deep.equal(['.cap.kz']);
    const apex = await visit(site('cap.kz'));
    expect(apex.events).to.deep.equal(['restored']);
    expect(apex.consent).to.include({ statistics: false, marketing: false });
    expect(apex.pixelRuns).to.equal(0);
  });

  it('a new policy version on one subdomain asks again there', async () => {
    await visit(site('shop.cap.kz'), 'accept-all');
    const bumped = await visit(site('lms.cap.kz', '?policy-version=2'));
    expect(bumped.bannerVisible).to.equal(true);
    expect(bumped.events).to.deep.equal([]);
    expect(bumped.pixelRuns).to.equal(0);
  });

  it('a host-only and a domain cookie of the same name resolve to the newest, and the stray is removed', async () => {
    const older = storedValue({ statistics: false, marketing: false }, '1', Date.now() - 3_600_000);
    const newer = storedValue({ statistics: true, marketing: false }, '1', Date.now() - 1000);
    await setBrowserCookies([
      { name: 'cap_consent', value: newer, domain: 'shop.cap.kz', path: '/' },
      { name: 'cap_consent', value: older, domain: '.cap.kz', path: '/' },
    ]);
    const shop = await visit(site('shop.cap.kz'));
    expect(shop.consent).to.include({ statistics: true });
    const cookies = await browserCookies('cap_consent');
    expect(cookies.map(({ domain, value }) => ({ domain, value }))).to.deep.equal([
      { domain: '.cap.kz', value: newer },
    ]);
  });

  it('keeps the decision to one subdomain when cookie-domain says so', async () => {
    await visit(site('shop.cap.kz', '?cookie-domain=shop.cap.kz'), 'accept-all');
    expect((await browserCookies('cap_consent')).map((cookie) => cookie.domain)).to.deep.equal(['.shop.cap.kz']);
    const lms = await visit(site('lms.cap.kz'));
    expect(lms.bannerVisible, 'another subdomain still asks').to.equal(true);
    expect(lms.pixelRuns).to.equal(0);
  });

  it('stays host-only on 127.0.0.1', async () => {
    await visit(`http://127.0.0.1:${location.port}/test/fixtures/site.html`, 'accept-all');
    const cookies = await browserCookies('cap_consent');
    expect(cookies.map((cookie) => cookie.domain)).to.deep.equal(['127.0.0.1']);
  });
});
