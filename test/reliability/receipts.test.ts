import '../../src/index.js';
import { expect } from '@open-wc/testing';
import {
  cleanPage,
  consentElement,
  consentWarnings,
  receivedReceipts,
  setReceiptEndpoint,
  siteUrl,
  uniqueCookieName,
  until,
  visit,
} from '../support/helpers.js';

const QUEUE_KEY = 'cap-consent:receipts';

/** A receipt endpoint of its own on the test server (see receiveReceipts in browser-commands.mjs). */
function endpoint(): string {
  return `/receipts/${uniqueCookieName()}`;
}

describe('consent receipts', () => {
  afterEach(() => {
    cleanPage();
    localStorage.removeItem(QUEUE_KEY);
  });

  it('after each decision the receipt endpoint gets a JSON receipt with exactly the documented fields', async () => {
    const path = endpoint();
    const element = await consentElement({ 'receipt-url': path, 'policy-version': '2024-05', lang: 'en' });
    element.acceptAll();
    const record = element.consent!;
    const { bodies } = await receivedReceipts(path);
    expect(bodies).to.deep.equal([
      {
        consentId: record.id,
        decision: { necessary: true, statistics: true, marketing: true },
        policyVersion: '2024-05',
        policyUrl: 'https://cap.kz/privacy',
        timestamp: new Date(record.decidedAt).toISOString(),
        language: 'en',
        pageUrl: `${location.origin}${location.pathname}`,
        userAgent: navigator.userAgent,
      },
    ]);
    expect(String(bodies[0].pageUrl)).to.not.contain('?');

    element.withdraw();
    const later = await receivedReceipts(path, 2);
    expect(later.bodies).to.have.length(2);
    expect(later.bodies[1]).to.include({ consentId: record.id });
    expect(later.bodies[1].decision).to.deep.equal({ necessary: true, statistics: false, marketing: false });
    await until(() => localStorage.getItem(QUEUE_KEY) === null); // nothing waits once acknowledged
  });

  // The back-off's delays are checked with a fake clock in test/store/receipt-outbox.test.ts.
  it('sends again when the endpoint fails, and the receipt arrives once', async () => {
    const path = endpoint();
    const element = await consentElement({ 'receipt-url': `${path}?fail=1` });
    const warnings = await consentWarnings(async () => {
      element.acceptNecessary();
      const { attempts, bodies } = await receivedReceipts(path);
      expect(attempts, 'one failure, then acknowledged').to.equal(2);
      expect(bodies).to.have.length(1);
    });
    expect(warnings).to.deep.equal([
      `[cap-consent] the receipt endpoint ${location.origin}${path}?fail=1 answered HTTP 503; the receipt will be sent again`,
    ]);
  });

  it('a receipt not acknowledged before the visitor left is sent on the next page view, and only once', async () => {
    const path = endpoint();
    const attributes = { 'receipt-url': path, 'cookie-name': uniqueCookieName() };
    await setReceiptEndpoint(path, false);
    const left = await visit(siteUrl(location.hostname, attributes), 'accept-all');
    expect(left.warnings.join()).to.contain('HTTP 503');
    expect(JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]')).to.have.length(1);

    await setReceiptEndpoint(path, true);
    const next = await visit(siteUrl(location.hostname, attributes));
    expect(next.bannerVisible).to.equal(false);
    const received = await receivedReceipts(path);
    expect(received.bodies).to.have.length(1);
    expect(received.bodies[0]).to.include({ consentId: left.consent!.id });

    // Another decision sends its own receipt, and the acknowledged one is not sent again.
    await visit(siteUrl(location.hostname, { ...attributes, 'cookie-name': uniqueCookieName() }), 'accept-necessary');
    const after = await receivedReceipts(path, 2);
    expect(after.bodies).to.have.length(2);
    expect(after.bodies[1]).to.not.include({ consentId: left.consent!.id });
  });

  it('refuses a receipt-url that is not http(s), says so and sends nothing', async () => {
    const warnings = await consentWarnings(async () => {
      const element = await consentElement({ 'receipt-url': 'javascript:alert(1)' });
      element.acceptAll();
    });
    expect(warnings).to.deep.equal([
      '[cap-consent] receipt-url="javascript:alert(1)" is not an http(s) URL; no receipts are sent',
    ]);
    expect(localStorage.getItem(QUEUE_KEY)).to.equal(null);
  });
});
