import type { ConsentRecord } from './consent-record.js';
import { isValidPolicyVersion } from './policy-version.js';

/**
 * The consent cookie value: `v1.<policyVersion>.s<0|1>.m<0|1>.<unix seconds>.<id>`,
 * for example `v1.2024-05.s1.m0.1764070000.0f3c…` (id: 32 hex digits).
 * Only URL-safe characters, so no encoding layer can change it.
 */
const FORMAT = 'v1';
const MAX_VALUE_LENGTH = 100;
const EARLIEST_DECISION_SECONDS = 1_577_836_800; // 2020-01-01: nothing older was ever written
const ALLOWED_CLOCK_SKEW_SECONDS = 86_400;

export type ParsedConsentCookie =
  { readonly ok: true; readonly record: ConsentRecord } | { readonly ok: false; readonly reason: string };

export function serializeConsentCookie(record: ConsentRecord): string {
  const seconds = Math.floor(record.decidedAt / 1000);
  return [FORMAT, record.policyVersion, `s${+record.statistics}`, `m${+record.marketing}`, seconds, record.id].join(
    '.',
  );
}

function rejected(reason: string): ParsedConsentCookie {
  return { ok: false, reason };
}

function parseFlag(field: string, letter: string): boolean | null {
  if (field === `${letter}1`) return true;
  if (field === `${letter}0`) return false;
  return null;
}

/** Strict parse: anything not written by `serializeConsentCookie` is rejected with a reason. Never throws. */
export function parseConsentCookie(value: unknown, now: number = Date.now()): ParsedConsentCookie {
  if (typeof value !== 'string' || value === '') return rejected('the value is empty');
  if (value.length > MAX_VALUE_LENGTH) return rejected(`the value is ${value.length} characters long`);
  const fields = value.split('.');
  const format = fields[0];
  if (format !== FORMAT) {
    return rejected(
      /^v\d+$/.test(format) ? `format ${format} is not known to this version` : 'it is not a cap-consent value',
    );
  }
  if (fields.length < 6) return rejected('the value is truncated');
  const [statisticsField, marketingField, secondsField, id] = fields.slice(-4);
  const policyVersion = fields.slice(1, -4).join('.');
  if (!isValidPolicyVersion(policyVersion)) return rejected('the policy version is malformed');
  const statistics = parseFlag(statisticsField, 's');
  const marketing = parseFlag(marketingField, 'm');
  if (statistics === null || marketing === null) return rejected('a category choice is malformed');
  if (!/^[1-9]\d{9}$/.test(secondsField)) return rejected('the decision time is malformed');
  const seconds = Number(secondsField);
  if (seconds < EARLIEST_DECISION_SECONDS || seconds > now / 1000 + ALLOWED_CLOCK_SKEW_SECONDS) {
    return rejected('the decision time is out of range');
  }
  if (!/^[0-9a-f]{32}$/.test(id)) return rejected('the consent id is malformed');
  const record: ConsentRecord = Object.freeze({
    necessary: true,
    statistics,
    marketing,
    policyVersion,
    decidedAt: seconds * 1000,
    id,
  });
  return { ok: true, record };
}
