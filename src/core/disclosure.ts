import { OPTIONAL_CATEGORIES, type OptionalCategory } from './categories.js';
import type { PixelEntry } from './consent-config.js';
import type { ServiceFacts } from './service-facts.js';
import { isPresetName, VENDORS, type PresetName, type VendorFacts } from './vendors.js';

/** A cookie a listed service sets; `days` is null when the site did not say how long it lives. */
export interface DisclosedCookie {
  readonly name: string;
  /** Lifetime in days, 0 for a session cookie. */
  readonly days: number | null;
}

/** What the visitor is told about one service that can run on the page; null where nothing is stated. */
export interface DisclosedService {
  readonly service: string;
  readonly provider: string | null;
  /** An ISO 3166-1 alpha-2 code (upper case), or the country's name as the site wrote it. */
  readonly country: string | null;
  readonly policyUrl: string | null;
  readonly cookies: readonly DisclosedCookie[];
  /** The vendor table's entry, whose purpose the texts describe; null for a service of the site's own. */
  readonly preset: PresetName | null;
}

export interface CategoryDisclosure {
  readonly services: readonly DisclosedService[];
  /** The countries other than Kazakhstan where a listed service processes data, each once. */
  readonly abroad: readonly string[];
}

/** A service named on gated markup (`data-cap-consent-service` and the facts beside it). */
export interface DeclaredService extends ServiceFacts {
  readonly service: string;
  readonly category: OptionalCategory;
  readonly cookies: readonly string[];
}

export interface DisclosureSources {
  /** The checked consent.json pixels; only enabled ones are listed. */
  readonly pixels: readonly PixelEntry[];
  readonly declared: readonly DeclaredService[];
  /** The optional categories the site uses; services of other categories never run, so are not listed. */
  readonly categories: readonly OptionalCategory[];
}

export interface Disclosure {
  readonly categories: Readonly<Record<OptionalCategory, CategoryDisclosure>>;
  /** One line per service whose provider or country is not stated, for the console. */
  readonly problems: readonly string[];
}

const KAZAKHSTAN = /^(kz|kazakhstan|казахстан|қазақстан)$/i;

function fromVendor(vendor: VendorFacts): DisclosedService {
  const { service, provider, country, policyUrl, cookies, preset } = vendor;
  return { service, provider, country, policyUrl, cookies, preset: preset as PresetName };
}

function fromFacts(facts: ServiceFacts, fallbackName: string, cookies: readonly string[]): DisclosedService {
  const country = facts.country ?? null;
  return {
    service: facts.service ?? fallbackName,
    provider: facts.provider ?? null,
    country: country && /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : country,
    policyUrl: facts.policyUrl ?? null,
    cookies: cookies.map((name) => ({ name, days: null })),
    preset: null,
  };
}

/** The vendor a gated element names by preset (`yandex-metrika`) or by service (`Yandex Metrica`). */
function vendorNamed(name: string): VendorFacts | undefined {
  if (isPresetName(name)) return VENDORS[name];
  return Object.values<VendorFacts>(VENDORS).find((vendor) => vendor.service.toLowerCase() === name.toLowerCase());
}

function pixelService(pixel: PixelEntry): DisclosedService {
  if (pixel.preset) return fromVendor(VENDORS[pixel.preset.name]);
  return fromFacts(pixel.about ?? {}, pixel.id, pixel.cookies);
}

function declaredService(declared: DeclaredService): DisclosedService {
  const vendor = vendorNamed(declared.service);
  return vendor ? fromVendor(vendor) : fromFacts(declared, declared.service, declared.cookies);
}

function missingFacts(service: DisclosedService, source: string): string | null {
  const missing = [!service.provider && '"provider"', !service.country && '"country"'].filter(Boolean);
  if (missing.length === 0) return null;
  return `${source} states no ${missing.join(' and no ')}: the cookie settings name only "${service.service}"; add what is missing so the visitor knows who receives the data`;
}

/**
 * The services that can run on this page, per category, with what a visitor
 * must be told about each: from the enabled consent.json pixels (vendor facts
 * from the vendor table, a custom pixel's from the file) and from gated markup
 * naming its service. A service named twice is listed once.
 */
export function buildDisclosure({ pixels, declared, categories }: DisclosureSources): Disclosure {
  const problems: string[] = [];
  const listed = new Map<OptionalCategory, Map<string, DisclosedService>>(
    OPTIONAL_CATEGORIES.map((category) => [category, new Map()]),
  );
  const add = (category: OptionalCategory, service: DisclosedService, source: string): void => {
    if (!categories.includes(category)) return;
    const services = listed.get(category)!;
    const key = service.preset ?? service.service.toLowerCase();
    if (services.has(key)) return;
    services.set(key, service);
    const problem = missingFacts(service, source);
    if (problem) problems.push(problem);
  };
  for (const pixel of pixels) {
    if (pixel.enabled) add(pixel.category, pixelService(pixel), `consent.json pixel "${pixel.id}"`);
  }
  for (const service of declared) {
    add(service.category, declaredService(service), `data-cap-consent-service="${service.service}"`);
  }
  const disclosed = (category: OptionalCategory): CategoryDisclosure => {
    const services = [...listed.get(category)!.values()];
    const countries = services.map((service) => service.country).filter((country) => country !== null);
    return { services, abroad: [...new Set(countries.filter((country) => !KAZAKHSTAN.test(country)))] };
  };
  return {
    categories: { statistics: disclosed('statistics'), marketing: disclosed('marketing') },
    problems,
  };
}
