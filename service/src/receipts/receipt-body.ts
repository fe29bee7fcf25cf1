import { Ajv, type ErrorObject } from 'ajv';
import { isValidPolicyVersion } from 'cap-consent/core';
import type { ConsentReceipt } from 'cap-consent/dist/types/store/consent-receipt.js';

/** The receipt the element POSTs, as its own module declares it. */
export type ReceiptBody = ConsentReceipt;

const httpUrl = { type: 'string', minLength: 1, maxLength: 2048, pattern: '^https?://[^\\s]+$' };

const receiptSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['consentId', 'decision', 'policyVersion', 'policyUrl', 'timestamp', 'language', 'pageUrl', 'userAgent'],
  properties: {
    consentId: { type: 'string', pattern: '^[0-9a-f]{32}$' },
    decision: {
      type: 'object',
      additionalProperties: false,
      required: ['necessary', 'statistics', 'marketing'],
      properties: { necessary: { const: true }, statistics: { type: 'boolean' }, marketing: { type: 'boolean' } },
    },
    policyVersion: { type: 'string' },
    policyUrl: httpUrl,
    // Whole seconds, as the cookie keeps them; milliseconds are always .000 from the element.
    timestamp: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$' },
    language: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$' },
    pageUrl: httpUrl,
    userAgent: { type: 'string', maxLength: 1024 },
  },
} as const;

// No coercion and no defaults: "true" is not true.
const ajv = new Ajv({ allErrors: false, coerceTypes: false, useDefaults: false, strict: true });
const validateReceipt = ajv.compile<ReceiptBody>(receiptSchema);

function describe(error: ErrorObject): string {
  const at = error.instancePath === '' ? 'the receipt' : `"${error.instancePath.slice(1).replaceAll('/', '.')}"`;
  if (error.keyword === 'required') return `${at} lacks "${String(error.params.missingProperty)}"`;
  if (error.keyword === 'additionalProperties')
    return `${at} has an unknown field "${String(error.params.additionalProperty)}"`;
  if (error.keyword === 'pattern') return `${at} is malformed`;
  return `${at} ${error.message ?? 'is invalid'}`;
}

/** The receipt, or a sentence naming the first bad field. */
export function checkReceiptBody(body: unknown): ReceiptBody | string {
  if (!validateReceipt(body)) return describe(validateReceipt.errors![0]!);
  // The element's own rule: the version is a short token that fits its cookie.
  if (!isValidPolicyVersion(body.policyVersion)) return '"policyVersion" is malformed';
  const decidedAt = Date.parse(body.timestamp);
  if (Number.isNaN(decidedAt) || new Date(decidedAt).toISOString().slice(0, 19) !== body.timestamp.slice(0, 19)) {
    return '"timestamp" is not a real date';
  }
  for (const field of ['policyUrl', 'pageUrl'] as const) {
    if (!URL.canParse(body[field])) return `"${field}" is not a valid address`;
  }
  return body;
}
