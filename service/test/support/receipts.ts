import { randomBytes } from 'node:crypto';

/** A receipt as the element sends it (src/store/consent-receipt.ts). */
export function receipt(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    consentId: randomBytes(16).toString('hex'),
    decision: { necessary: true, statistics: true, marketing: false },
    policyVersion: '2024-05',
    policyUrl: 'https://cap.kz/privacy',
    timestamp: new Date(Math.floor(Date.now() / 1000) * 1000).toISOString(),
    language: 'ru',
    pageUrl: 'https://shop.cap.kz/courses/42',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) test',
    ...overrides,
  };
}

export function postReceipt(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL('/v1/receipts', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
