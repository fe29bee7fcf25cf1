import '../../src/index.js';
import { expect } from '@open-wc/testing';
import { cleanPage, consentElement, part } from '../support/helpers.js';

function sendGlobalPrivacyControl(on: boolean): void {
  if (on) Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  else delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
}

describe('Global Privacy Control', () => {
  afterEach(() => {
    sendGlobalPrivacyControl(false);
    cleanPage();
  });

  it('the banner says advertising stays off, and "accept all" grants statistics only', async () => {
    sendGlobalPrivacyControl(true);
    const element = await consentElement({ lang: 'en' });
    expect(part(element, 'gpc-notice').textContent).to.contain('Global Privacy Control');
    part(element, 'accept-all').click();
    await element.updateComplete;
    expect(element.consent).to.include({ statistics: true, marketing: false });
  });

  it('says so in Russian and Kazakh too', async () => {
    sendGlobalPrivacyControl(true);
    const ru = await consentElement({ lang: 'ru' });
    expect(part(ru, 'gpc-notice').textContent).to.contain('рекламные cookie остаются выключенными');
    const kk = await consentElement({ lang: 'kk' });
    expect(part(kk, 'gpc-notice').textContent).to.contain('жарнамалық cookie');
  });

  it('the visitor can still turn advertising on in the settings', async () => {
    sendGlobalPrivacyControl(true);
    const element = await consentElement();
    part(element, 'settings').click();
    await element.updateComplete;
    const marketing = part(element, 'preferences').querySelector<HTMLInputElement>('input[name="marketing"]')!;
    expect(marketing.checked, 'off by default').to.equal(false);
    marketing.click();
    part(element, 'save').click();
    await element.updateComplete;
    expect(element.consent).to.include({ marketing: true });
  });

  it('without the signal there is no such line and "accept all" grants everything', async () => {
    const element = await consentElement();
    expect(element.shadowRoot!.querySelector('[part="gpc-notice"]')).to.equal(null);
    element.acceptAll();
    expect(element.consent).to.include({ statistics: true, marketing: true });
  });
});
