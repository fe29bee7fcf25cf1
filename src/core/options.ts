import { OPTIONAL_CATEGORIES, isOptionalCategory, type OptionalCategory } from './categories.js';
import { isValidCookieName } from './cookie-header.js';
import { isValidPolicyVersion } from './policy-version.js';

export const MIN_COOKIE_DAYS = 1;
/** Browsers keep a cookie at most 400 days (RFC 6265bis); a longer lifetime would silently not hold. */
export const MAX_COOKIE_DAYS = 400;

const DOMAIN_PATTERN = /^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i;

/** Why a present value cannot be used; the option keeps its default. */
interface Refused {
  readonly refused: string;
}

interface ParseContext {
  /** The page's URL, to resolve relative URLs against. */
  readonly base: string;
  /** Reports a value that was used, but corrected. */
  note(problem: string): void;
}

/** One attribute of the element: its default, how a present value is checked, and what markup may write. */
interface AttributeRule<Value, Markup> {
  readonly fallback: Value;
  readonly parse: (raw: string, context: ParseContext) => Value | Refused;
  /** Said instead of "using <default>" when a value is refused. */
  readonly onRefusal?: string;
  /** A change only re-renders the banner (else the consent session starts again). */
  readonly rendersOnly?: true;
  /** Not observed: the browser hides the attribute once parsed (`nonce`), the property holds it. */
  readonly unobserved?: true;
  /** Type only: what markup and framework templates may write. */
  readonly markup?: Markup;
}

const rule = <Value, Markup = string>(spec: AttributeRule<Value, Markup>): AttributeRule<Value, Markup> => spec;
const refuse = (why: string): Refused => ({ refused: why });
const isRefused = (value: unknown): value is Refused =>
  typeof value === 'object' && value !== null && 'refused' in value;

/** A text attribute that is either valid as written or replaced by its default. */
const checkedText = (fallback: string, isValid: (raw: string) => boolean, why: string) =>
  rule({ fallback, parse: (raw) => (isValid(raw) ? raw : refuse(why)) });

/** A boolean attribute: present means on. */
const flag = () => rule<boolean, boolean | ''>({ fallback: false, parse: () => true });

/**
 * Every attribute of `<cap-consent>`, in one place: the element observes these,
 * `resolveOptions` turns them into `ConsentOptions` (`policy-url` becomes
 * `policyUrl`), and the React and Vue typings list them for templates.
 */
export const CONSENT_ATTRIBUTES = {
  /** Link to the full policy (http or https). Default https://cap.kz/privacy. */
  'policy-url': checkedText('https://cap.kz/privacy', (raw) => isHttpUrl(raw), 'is not an http(s) URL'),
  /** A decision made on another version is asked again. Default "1". */
  'policy-version': checkedText('1', isValidPolicyVersion, 'must be 1-32 letters, digits, ".", "_" or "-"'),
  /** ru, kk or en. Default: `<html lang>`, then ru. Resolved by the element, which knows the languages. */
  lang: rule<string | null, 'ru' | 'kk' | 'en'>({ fallback: null, parse: (raw) => raw, rendersOnly: true }),
  /** Optional categories the site uses, space-separated. Default "statistics marketing". */
  categories: rule<
    readonly OptionalCategory[],
    'statistics marketing' | 'marketing statistics' | OptionalCategory | ''
  >({
    fallback: OPTIONAL_CATEGORIES,
    parse: (raw, { note }) => {
      const names = raw.split(/[\s,]+/).filter(Boolean);
      const unknown = names.filter((name) => !isOptionalCategory(name) && name !== 'necessary');
      if (unknown.length)
        note(
          `categories: unknown ${unknown.map((name) => `"${name}"`).join(', ')} ignored (known: ${OPTIONAL_CATEGORIES.join(', ')})`,
        );
      return OPTIONAL_CATEGORIES.filter((category) => names.includes(category));
    },
  }),
  /** Default "cap_consent". */
  'cookie-name': checkedText('cap_consent', isValidCookieName, 'must be 1-64 letters, digits, "_" or "-"'),
  /** Default: the registrable domain (`.cap.kz`); host-only on localhost and IP addresses. */
  'cookie-domain': rule<string | null>({
    fallback: null,
    parse: (raw) =>
      raw === ''
        ? null
        : DOMAIN_PATTERN.test(raw)
          ? raw.replace(/^\./, '').toLowerCase()
          : refuse('is not a domain name'),
  }),
  /** Lifetime of the decision, 1 to 400 days. Default 365. */
  'cookie-days': rule<number, number | `${number}`>({
    fallback: 365,
    parse: (raw, { note }) => {
      const days = Number(raw);
      if (!Number.isFinite(days) || raw.trim() === '') return refuse('is not a number');
      const clamped = Math.min(MAX_COOKIE_DAYS, Math.max(MIN_COOKIE_DAYS, Math.round(days)));
      if (clamped !== days)
        note(`cookie-days="${raw}" is outside ${MIN_COOKIE_DAYS}-${MAX_COOKIE_DAYS} whole days; using ${clamped}`);
      return clamped;
    },
  }),
  /** URL of the marketing team's pixel list (consent.json). */
  'config-src': rule<string | null>({ fallback: null, parse: (raw) => raw }),
  /** Boolean: push Google Consent Mode v2 default and updates to the dataLayer. */
  'google-consent-mode': flag(),
  /** Boolean: reload when a category is withdrawn (tags that ran cannot be unloaded). */
  'reload-on-withdraw': flag(),
  /** Endpoint (http or https) that receives a JSON consent receipt after each decision. */
  'receipt-url': rule<string | null>({
    fallback: null,
    parse: (raw, { base }) =>
      raw.trim() === '' ? null : isHttpUrl(raw, base) ? new URL(raw, base).href : refuse('is not an http(s) URL'),
    onRefusal: 'no receipts are sent',
  }),
  /** Boolean: a panel listing the pixels and their states (also `?cap-consent-debug` in the page URL). */
  debug: flag(),
  /** CSP nonce given to gated inline scripts that have none of their own. */
  nonce: rule({ fallback: '', parse: (raw) => raw, unobserved: true }),
};

type Attributes = typeof CONSENT_ATTRIBUTES;
export type ConsentAttributeName = keyof Attributes;
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : Name;
type ValueOf<Name extends ConsentAttributeName> = Attributes[Name]['fallback'];
type MarkupOf<Name extends ConsentAttributeName> = NonNullable<Attributes[Name]['markup']>;

/** The element's settings after validation, one per attribute: every field is safe to use. */
export type ConsentOptions = {
  readonly [Name in ConsentAttributeName as CamelCase<Name>]: ValueOf<Name>;
};

/** Raw attribute values as read from the element, null (or left out) where absent. */
export type ConsentAttributes = { readonly [Name in ConsentAttributeName]?: string | null };

/** What markup and framework templates may write on `<cap-consent>`. */
export type ConsentAttributeMarkup = { [Name in ConsentAttributeName]?: MarkupOf<Name> };

const optionName = (attribute: string): string =>
  attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const rules = Object.entries(CONSENT_ATTRIBUTES) as Array<[ConsentAttributeName, AttributeRule<unknown, unknown>]>;

/** The attributes whose changes the element applies. */
export const OBSERVED_ATTRIBUTES: readonly ConsentAttributeName[] = rules
  .filter(([, { unobserved }]) => !unobserved)
  .map(([name]) => name);

/** True when a change of `attribute` only re-renders the banner. */
export function rendersOnly(attribute: string): boolean {
  return CONSENT_ATTRIBUTES[attribute as ConsentAttributeName]?.rendersOnly === true;
}

export const DEFAULT_OPTIONS: ConsentOptions = Object.freeze(
  Object.fromEntries(rules.map(([name, { fallback }]) => [optionName(name), fallback])),
) as ConsentOptions;

export interface ResolvedOptions {
  readonly options: ConsentOptions;
  /** One line per attribute that was ignored or corrected, for the console. */
  readonly problems: readonly string[];
}

/**
 * Validates the element's attributes (`base`: the page's URL, for relative URLs). Never throws: a bad value
 * falls back to its default and is reported.
 */
export function resolveOptions(attributes: ConsentAttributes, base = 'https://cap.kz/'): ResolvedOptions {
  const problems: string[] = [];
  const context: ParseContext = { base, note: (problem) => problems.push(problem) };
  const entries = rules.map(([name, { fallback, parse, onRefusal }]) => {
    const raw = attributes[name] ?? null;
    let value = raw === null ? fallback : parse(raw, context);
    if (isRefused(value)) {
      problems.push(`${name}="${raw}" ${value.refused}; ${onRefusal ?? `using ${JSON.stringify(fallback)}`}`);
      value = fallback;
    }
    return [optionName(name), value];
  });
  return { options: Object.freeze(Object.fromEntries(entries)) as ConsentOptions, problems };
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
