import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import {
  browserCookies,
  clearBrowserCookies,
  cleanPage,
  consentElement,
  setBrowserCookies,
  storedValue,
  visit,
} from '../support/helpers.js';

const site = (host: string, query = '') => `http://${host}:${location.port}/test/fixtures/site.html${query}`;

const cookieJar = async () => (await browserCookies()).map(({ name, domain }) => `${name}@${domain}`).sort();

describe('withdrawal', function () {
  // Several page views in fresh tabs: slower than one test's default on a busy machine.
  this.timeout(20_000);
  beforeEach(clearBrowserCookies);
  after(clearBrowserCookies);

  it('deletes the Yandex.Metrika and GA cookies on the current host and on .cap.kz, and keeps the others', async () => {
    const tracker = (name: string, domain: string) => ({ name, value: '1', domain, path: '/' });
    await setBrowserCookies([
      { name: 'cap_consent', value: storedValue({ statistics: true, marketing: true }), domain: '.cap.kz', path: '/' },
      tracker('_ga', '.cap.kz'),
      tracker('_ga_ABC123', '.cap.kz'),
      tracker('_gid', '.cap.kz'),
      tracker('_ym_uid', '.cap.kz'),
      tracker('_ym_d', 'shop.cap.kz'),
      tracker('_ym_isad', 'shop.cap.kz'),
      tracker('session', 'shop.cap.kz'),
      tracker('_ga', 'lms.cap.kz'),
    ]);
    const view = await visit(site('shop.cap.kz'), undefined, 'withdraw');
    expect(view.events).to.deep.equal(['restored', 'withdrawn']);
    expect(await cookieJar()).to.deep.equal(['_ga@lms.cap.kz', 'cap_consent@.cap.kz', 'session@shop.cap.kz']);
  });

  it('a refusal stored on another subdomain also clears the leftovers of this host on its next page view', async () => {
    await setBrowserCookies([
      {
        name: 'cap_consent',
        value: storedValue({ statistics: false, marketing: false }),
        domain: '.cap.kz',
        path: '/',
      },
      { name: '_ga', value: '1', domain: 'lms.cap.kz', path: '/' },
      { name: '_fbc', value: '1', domain: 'lms.cap.kz', path: '/' },
    ]);
    await visit(site('lms.cap.kz'));
    expect(await cookieJar()).to.deep.equal(['cap_consent@.cap.kz']);
  });

  it('deletes the extra cookies a pixel lists in the config, and those of its vendor', async () => {
    await setBrowserCookies([
      { name: 'cap_consent', value: storedValue({ statistics: true, marketing: true }), domain: '.cap.kz', path: '/' },
      { name: 'promo_visitor', value: '1', domain: '.cap.kz', path: '/' },
      { name: 'tmr_lvid', value: '1', domain: '.cap.kz', path: '/' },
    ]);
    await visit(site('shop.cap.kz', '?config-src=/test/fixtures/integrations/withdrawal.json'), undefined, 'withdraw');
    expect(await cookieJar()).to.deep.equal(['cap_consent@.cap.kz']);
  });
});

describe('withdrawal on the page', () => {
  afterEach(cleanPage);

  it('asks running Google and Yandex tags to stop collecting', async () => {
    const element = await consentElement();
    element.config = {
      pixels: [
        {
          id: 'ym',
          category: 'statistics',
          enabled: true,
          preset: 'yandex-metrika',
          counter: 4242,
          src: '/test/fixtures/integrations/fake-tag.js?vendor=ym&file=withdraw-stop',
        },
        {
          id: 'ga',
          category: 'statistics',
          enabled: true,
          preset: 'ga4',
          measurementId: 'G-STOP42',
          src: '/test/fixtures/integrations/fake-tag.js?vendor=gtag&file=withdraw-stop',
        },
      ],
    };
    element.acceptAll();
    await element.configComplete;
    expect([window.disableYaCounter4242, window['ga-disable-G-STOP42']]).to.deep.equal([undefined, undefined]);
    element.save({ statistics: false });
    expect([window.disableYaCounter4242, window['ga-disable-G-STOP42']]).to.deep.equal([true, true]);
  });

  it('with reload-on-withdraw, reloads the page so nothing that already ran keeps running', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('data-test-added', '');
    frame.src = '/test/fixtures/site.html?cookie-name=reload_on_withdraw&reload-on-withdraw';
    document.body.append(frame);
    await oneEvent(frame, 'load');
    const framed = () => frame.contentDocument?.querySelector('cap-consent');
    await frame.contentWindow?.customElements.whenDefined('cap-consent');
    await framed()?.updateComplete;
    framed()?.acceptAll();
    framed()?.acceptNecessary();
    await oneEvent(frame, 'load');
    await frame.contentWindow?.customElements.whenDefined('cap-consent');
    const reloaded = framed();
    await reloaded?.updateComplete;
    expect(reloaded?.consent).to.include({ statistics: false, marketing: false });
  });

  it('without reload-on-withdraw, the page stays', async () => {
    const element = await consentElement();
    let unloaded = false;
    window.addEventListener('beforeunload', () => (unloaded = true), { once: true });
    element.acceptAll();
    element.withdraw();
    expect(unloaded).to.equal(false);
  });
});
