import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createConsentRecord } from 'cap-consent/core';
import { checkReceiptBody } from '../src/receipts/receipt-body.js';

test("the receipt the element builds today passes the service's check unchanged", async () => {
  // The element's module reads the page's location and the browser's user agent.
  Object.defineProperty(globalThis, 'location', {
    value: new URL('https://shop.cap.kz/courses/42?utm_source=mail#top'),
    configurable: true,
  });
  Object.defineProperty(globalThis, 'navigator', {
    value: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) contract' },
    configurable: true,
  });
  // Not type-checked here: the element's module is written against the DOM's types.
  const elementModule: string = '../../src/store/consent-receipt.js';
  const { consentReceipt } = (await import(elementModule)) as {
    consentReceipt: (record: unknown, context: object) => unknown;
  };
  for (const choices of [
    { statistics: true, marketing: true },
    { statistics: false, marketing: false },
  ]) {
    const record = createConsentRecord(choices, '2024-05');
    const body = JSON.parse(
      JSON.stringify(consentReceipt(record, { policyUrl: 'https://cap.kz/privacy', language: 'kk' })),
    );
    const checked = checkReceiptBody(body);
    assert.notEqual(typeof checked, 'string', String(checked));
  }
});
