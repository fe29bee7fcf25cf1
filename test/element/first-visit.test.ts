import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import {
  bannerVisible,
  browserCookies,
  cleanPage,
  consentElement,
  cookieNameOf,
  part,
  recordEvents,
} from '../support/helpers.js';

const STORED = /^v1\.1\.s([01])\.m([01])\.\d{10}\.[0-9a-f]{32}$/;

describe('a first-time visitor', () => {
  afterEach(cleanPage);

  it('sees the banner with the policy summary and a link to the full policy', async () => {
    const element = await consentElement();
    expect(bannerVisible(element)).to.equal(true);
    expect(part(element, 'banner').getAttribute('role')).to.equal('region');
    expect(part(element, 'summary').textContent).to.contain('ТОО «Корпоративные образовательные платформы»');
    const link = part(element, 'policy-link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://cap.kz/privacy');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(link.textContent).to.contain('Политика конфиденциальности');
    expect(element.consent).to.equal(null);
  });

  it('is told what is collected, why, and how to withdraw', async () => {
    const summary = part(await consentElement(), 'summary').textContent ?? '';
    const facts = ['IP-адрес', 'cookie', 'браузер', 'страниц', 'подсчёта посещений', 'показа рекламы'];
    for (const fact of [...facts, 'отозвать', '«Настройки cookie»', 'info@cap.kz']) {
      expect(summary).to.contain(fact);
    }
  });

  it('gets accept and reject buttons of the same size and weight', async () => {
    const element = await consentElement();
    const accept = getComputedStyle(part(element, 'accept-all'));
    const reject = getComputedStyle(part(element, 'accept-necessary'));
    for (const property of ['height', 'font-weight', 'font-size', 'background-color', 'color'] as const) {
      expect(reject.getPropertyValue(property), property).to.equal(accept.getPropertyValue(property));
    }
  });

  it('fires cap-consent-shown once the banner is on screen', async () => {
    const events = recordEvents();
    await consentElement();
    events.stop();
    expect(events.types).to.deep.equal(['cap-consent-shown']);
  });

  const buttons: Array<[string, string, string]> = [
    ['accept-all', '1', '1'],
    ['accept-necessary', '0', '0'],
  ];
  for (const [button, statistics, marketing] of buttons) {
    it(`who presses ${button} gets one cookie and one "decided" event`, async () => {
      const element = await consentElement();
      const events = recordEvents();
      part(element, button).click();
      await element.updateComplete;
      events.stop();
      expect(events.reasons).to.deep.equal(['decided']);
      expect(events.types).to.deep.equal(['cap-consent-change', 'cap-consent-hidden']);
      const cookies = await browserCookies(cookieNameOf(element));
      expect(cookies).to.have.length(1);
      const [cookie] = cookies;
      expect(cookie.value).to.match(STORED);
      expect(STORED.exec(cookie.value)?.slice(1)).to.deep.equal([statistics, marketing]);
      expect(cookie.domain, 'host-only on localhost').to.equal('localhost');
      expect(cookie.path).to.equal('/');
      expect(cookie.sameSite).to.equal('Lax');
      expect(cookie.session).to.equal(false);
      const days = (cookie.expires * 1000 - Date.now()) / 86_400_000;
      expect(days).to.be.within(364.9, 365.1);
      expect(bannerVisible(element)).to.equal(false);
      expect(element.consent?.statistics).to.equal(statistics === '1');
    });
  }

  it('gets a confirmation that the choice was saved, with focus on it', async () => {
    const element = await consentElement();
    part(element, 'accept-all').focus();
    part(element, 'accept-all').click();
    await element.updateComplete;
    const confirmation = part(element, 'confirmation');
    expect(confirmation.getBoundingClientRect().height, 'the confirmation is on screen').to.be.greaterThan(0);
    expect(confirmation.getAttribute('role')).to.equal('status');
    expect(confirmation.textContent).to.contain('Ваш выбор сохранён');
    expect(element.shadowRoot?.activeElement).to.equal(confirmation);
  });

  it('keeps the end of the page visible while the banner is shown', async () => {
    const element = await consentElement();
    // The space is reserved once the browser has laid the bar out (ResizeObserver, then the next frame).
    const reserved = () =>
      parseFloat(getComputedStyle(document.body).paddingBottom) >=
      part(element, 'banner').getBoundingClientRect().height - 1;
    await waitUntil(reserved, 'the page reserves the height of the bar at its end');
    part(element, 'accept-necessary').click();
    await element.updateComplete;
    part(element, 'confirmation').querySelectorAll('button')[1].click();
    await element.updateComplete;
    expect(document.body.style.paddingBottom).to.equal('');
  });

  it('honours cookie-days', async () => {
    const element = await consentElement({ 'cookie-days': '30' });
    part(element, 'accept-all').click();
    const [cookie] = await browserCookies(cookieNameOf(element));
    expect((cookie.expires * 1000 - Date.now()) / 86_400_000).to.be.within(29.9, 30.1);
  });
});
