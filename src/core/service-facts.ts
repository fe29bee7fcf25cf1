/**
 * What a site states about a service of its own (a custom pixel in consent.json,
 * or gated markup): the visitor is told exactly these facts.
 */
export interface ServiceFacts {
  /** The service as a visitor knows it. */
  readonly service?: string;
  /** The legal entity that receives the data. */
  readonly provider?: string;
  /** Where the data is processed: an ISO 3166-1 alpha-2 code, or the country's name as written. */
  readonly country?: string;
  /** The provider's privacy policy (http or https). */
  readonly policyUrl?: string;
}

const TEXT_FACTS = ['service', 'provider', 'country'] as const;

function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * The facts `raw` states: non-empty strings only, the policy only as an
 * absolute http(s) address; anything else is left out (the disclosure says less
 * rather than something wrong).
 */
export function serviceFacts(raw: Readonly<Record<string, unknown>>): ServiceFacts {
  const facts: Record<string, string> = {};
  for (const field of TEXT_FACTS) {
    const value = raw[field];
    if (typeof value === 'string' && value.trim() !== '') facts[field] = value.trim();
  }
  const { policyUrl } = raw;
  if (typeof policyUrl === 'string' && isWebUrl(policyUrl)) facts.policyUrl = policyUrl;
  return facts;
}
