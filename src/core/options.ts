import { OPTIONAL_CATEGORIES, isOptionalCategory, type OptionalCategory } from './categories.js';
import { isValidCookieName } from './cookie-header.js';
import { isValidPolicyVersion } from './policy-version.js';

/** The element's settings after validation: every field is safe to use. */
export interface ConsentOptions {
  readonly policyUrl: string;
  readonly policyVersion: string;
  /** Optional categories this site uses, in the canonical order. */
  readonly categories: readonly OptionalCategory[];
  readonly cookieName: string;
  /** An explicit cookie domain, or null to find the registrable domain. */
  readonly cookieDomain: string | null;
  readonly cookieDays: number;
}

/** Raw attribute values, null where absent. */
export type ConsentAttributes = Readonly<
  Record<
    'policy-url' | 'policy-version' | 'categories' | 'cookie-name' | 'cookie-domain' | 'cookie-days',
    string | null
  >
>;

export const DEFAULT_OPTIONS: ConsentOptions = Object.freeze({
  policyUrl: 'https://cap.kz/privacy',
  policyVersion: '1',
  categories: OPTIONAL_CATEGORIES,
  cookieName: 'cap_consent',
  cookieDomain: null,
  cookieDays: 365,
});

export const MIN_COOKIE_DAYS = 1;
/** Browsers keep a cookie at most 400 days (RFC 6265bis); a longer lifetime would silently not hold. */
export const MAX_COOKIE_DAYS = 400;

const DOMAIN_PATTERN = /^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i;

export interface ResolvedOptions {
  readonly options: ConsentOptions;
  /** One line per attribute that was ignored or corrected, for the console. */
  readonly problems: readonly string[];
}

/** Validates the element's attributes. Never throws: a bad value falls back to its default and is reported. */
export function resolveOptions(attributes: ConsentAttributes): ResolvedOptions {
  const problems: string[] = [];
  const fallback = <K extends keyof ConsentOptions>(key: K, attribute: string, why: string): ConsentOptions[K] => {
    problems.push(
      `${attribute}="${attributes[attribute as keyof ConsentAttributes]}" ${why}; using ${JSON.stringify(DEFAULT_OPTIONS[key])}`,
    );
    return DEFAULT_OPTIONS[key];
  };

  /** A text attribute that is either valid as written or replaced by its default. */
  const checked = <K extends 'policyUrl' | 'policyVersion' | 'cookieName'>(
    key: K,
    attribute: keyof ConsentAttributes,
    isValid: (raw: string) => boolean,
    why: string,
  ): string => {
    const raw = attributes[attribute];
    if (raw === null) return DEFAULT_OPTIONS[key];
    return isValid(raw) ? raw : fallback(key, attribute, why);
  };

  const policyUrl = checked('policyUrl', 'policy-url', (raw) => isHttpUrl(raw), 'is not an http(s) URL');
  const policyVersion = checked(
    'policyVersion',
    'policy-version',
    isValidPolicyVersion,
    'must be 1-32 letters, digits, ".", "_" or "-"',
  );

  let categories: readonly OptionalCategory[] = DEFAULT_OPTIONS.categories;
  const rawCategories = attributes.categories;
  if (rawCategories !== null) {
    const names = rawCategories.split(/[\s,]+/).filter(Boolean);
    const unknown = names.filter((name) => !isOptionalCategory(name) && name !== 'necessary');
    if (unknown.length)
      problems.push(
        `categories: unknown ${unknown.map((n) => `"${n}"`).join(', ')} ignored (known: ${OPTIONAL_CATEGORIES.join(', ')})`,
      );
    categories = OPTIONAL_CATEGORIES.filter((category) => names.includes(category));
  }

  const cookieName = checked(
    'cookieName',
    'cookie-name',
    isValidCookieName,
    'must be 1-64 letters, digits, "_" or "-"',
  );

  const rawDomain = attributes['cookie-domain'];
  const cookieDomain =
    rawDomain === null || rawDomain === ''
      ? null
      : DOMAIN_PATTERN.test(rawDomain)
        ? rawDomain.replace(/^\./, '').toLowerCase()
        : fallback('cookieDomain', 'cookie-domain', 'is not a domain name');

  const rawDays = attributes['cookie-days'];
  let cookieDays = DEFAULT_OPTIONS.cookieDays;
  if (rawDays !== null) {
    const days = Number(rawDays);
    if (!Number.isFinite(days) || rawDays.trim() === '') {
      cookieDays = fallback('cookieDays', 'cookie-days', 'is not a number');
    } else {
      cookieDays = Math.min(MAX_COOKIE_DAYS, Math.max(MIN_COOKIE_DAYS, Math.round(days)));
      if (cookieDays !== days)
        problems.push(
          `cookie-days="${rawDays}" is outside ${MIN_COOKIE_DAYS}-${MAX_COOKIE_DAYS} whole days; using ${cookieDays}`,
        );
    }
  }

  return {
    options: Object.freeze({ policyUrl, policyVersion, categories, cookieName, cookieDomain, cookieDays }),
    problems,
  };
}

/** True when `text`, resolved against `base`, is an http or https URL. */
export function isHttpUrl(text: string, base = 'https://cap.kz/'): boolean {
  try {
    const { protocol } = new URL(text, base);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
