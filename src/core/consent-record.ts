import { NOTHING_OPTIONAL, type Category, type CategoryChoices } from './categories.js';

/** One recorded decision of a visitor. Immutable. */
export interface ConsentRecord extends CategoryChoices {
  /** Always true: the site cannot work without its necessary cookies. */
  readonly necessary: true;
  /** The policy version the visitor decided on. */
  readonly policyVersion: string;
  /** When the decision was made, milliseconds since the epoch (whole seconds). */
  readonly decidedAt: number;
  /** Random id of this browser's consent; kept across later changes, shown on receipts. */
  readonly id: string;
}

const CONSENT_ID_BYTES = 16;

export function newConsentId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(CONSENT_ID_BYTES));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createConsentRecord(
  choices: CategoryChoices,
  policyVersion: string,
  previous: ConsentRecord | null = null,
  now: number = Date.now(),
): ConsentRecord {
  // A change within the same second still gets a later time: the id and the time identify one decision on
  // receipts (the service keeps one per pair), and the newer of two cookies is the later one.
  const second = Math.floor(now / 1000) * 1000;
  const decidedAt = previous && previous.decidedAt >= second ? previous.decidedAt + 1000 : second;
  return Object.freeze({
    necessary: true,
    statistics: choices.statistics,
    marketing: choices.marketing,
    policyVersion,
    decidedAt,
    id: previous?.id ?? newConsentId(),
  });
}

/** True when the record grants `category`; no record grants only `necessary`. */
export function isGranted(record: ConsentRecord | null, category: Category): boolean {
  if (category === 'necessary') return true;
  return (record ?? NOTHING_OPTIONAL)[category];
}
