import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { parseConsentCookie } from '../../src/core/index.js';
import {
  browserCookies,
  cleanPage,
  consentElement,
  cookieNameOf,
  part,
  receivedReceipts,
  uniqueCookieName,
} from '../support/helpers.js';

describe('the visitor’s own record in the preferences', () => {
  afterEach(cleanPage);

  it('is absent before a decision', async () => {
    const element = await consentElement();
    element.showPreferences();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="record"]')).to.equal(null);
  });

  for (const lang of ['ru', 'kk', 'en'] as const) {
    it(`after a decision shows the date and consent id of the cookie and of the receipt (${lang})`, async () => {
      const path = `/receipts/${uniqueCookieName()}`;
      const element = await consentElement({ lang, 'receipt-url': path });
      part(element, 'accept-necessary').click();
      await element.updateComplete;
      const [cookie] = await browserCookies(cookieNameOf(element));
      const parsed = parseConsentCookie(decodeURIComponent(cookie.value));
      const stored = parsed.ok ? parsed.record : null;
      const { bodies } = await receivedReceipts(path);

      element.showPreferences();
      await element.updateComplete;
      const record = part(element, 'record');
      const id = record.querySelector('code')?.textContent;
      const time = record.querySelector('time');
      expect(id, 'the cookie’s id').to.equal(stored?.id);
      expect(id, 'the receipt’s id').to.equal(bodies[0].consentId);
      expect(time?.dateTime, 'the receipt’s timestamp').to.equal(bodies[0].timestamp);
      expect(Date.parse(time!.dateTime), 'the cookie’s time').to.equal(stored?.decidedAt);
      expect(time?.textContent, 'written in the visitor’s language').to.match(
        {
          ru: /2\d{3} г\. в \d{2}:\d{2}$/,
          kk: /^2\d{3} жылғы \d{1,2} [а-яәғқңөұүһі]+, \d{2}:\d{2}$/,
          en: /, 2\d{3} at /,
        }[lang],
      );
      expect(element.shadowRoot!.querySelector('.note')?.textContent, 'receipts are sent: say what is kept').to.match(
        /ID/,
      );
    });
  }

  it('the copy button puts the id on the clipboard, or selects it where the clipboard is refused', async () => {
    const element = await consentElement({ lang: 'en' });
    element.acceptAll();
    element.showPreferences();
    await element.updateComplete;
    const written: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (written.push(text), Promise.resolve()) },
    });
    try {
      part(element, 'copy-id').click();
      await Promise.resolve();
      await element.updateComplete;
      expect(written).to.deep.equal([element.consent!.id]);
      expect(element.shadowRoot!.querySelector('[part="record"] [role="status"]')?.textContent).to.contain('ID copied');

      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      part(element, 'copy-id').click();
      await new Promise((resolve) => setTimeout(resolve));
      expect(getSelection()?.toString()).to.equal(element.consent!.id);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });
});
