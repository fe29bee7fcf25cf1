import type { OptionalCategory } from './categories.js';

/** A cookie a vendor's tag sets: its name (a trailing `*` matches any suffix) and how long it lives. */
export interface VendorCookie {
  readonly name: string;
  /** Lifetime in days; 0 for a session cookie. */
  readonly days: number;
}

/**
 * What a visitor and an auditor must know about one vendor's tag, and what the
 * runtime needs to start and stop it. The one table of vendor facts: the
 * validator, the pixel loader, the disclosure, the console and the audit read it.
 */
export interface VendorFacts {
  /** The preset name written in consent.json. */
  readonly preset: string;
  /** The service as a visitor knows it. */
  readonly service: string;
  /** The legal entity that receives the data. */
  readonly provider: string;
  /** ISO 3166-1 alpha-2 code of the country where the data is processed. */
  readonly country: string;
  /** The category the vendor's tag serves by default. */
  readonly category: OptionalCategory;
  /** The key in consent.json holding the vendor's id, the id's pattern and an example. */
  readonly idField: string;
  readonly idPattern: RegExp;
  readonly idExample: string;
  /** The official tag URL for an id. */
  readonly scriptUrl: (vendorId: string) => string;
  /** Host names the tag and its beacons use (for the audit and for tests). */
  readonly hosts: readonly string[];
  readonly cookies: readonly VendorCookie[];
  /** The vendor's privacy policy. */
  readonly policyUrl: string;
}

export const VENDORS = {
  // https://yandex.ru/support/metrica/code/counter-initialize.html
  'yandex-metrika': {
    preset: 'yandex-metrika',
    service: 'Yandex Metrica',
    provider: 'ООО «Яндекс» (Yandex LLC)',
    country: 'RU',
    category: 'statistics',
    idField: 'counter',
    idPattern: /^[0-9]+$/,
    idExample: '12345678',
    scriptUrl: () => 'https://mc.yandex.ru/metrika/tag.js',
    hosts: ['mc.yandex.ru', 'mc.yandex.com', 'mc.yandex.kz', 'yastatic.net'],
    cookies: [
      { name: '_ym_uid', days: 365 },
      { name: '_ym_d', days: 365 },
      { name: '_ym_isad', days: 2 },
      { name: '_ym_visorc', days: 0 },
      { name: '_ym_*', days: 365 },
    ],
    policyUrl: 'https://yandex.ru/legal/confidential/',
  },
  // https://developers.google.com/tag-platform/gtagjs/install
  ga4: {
    preset: 'ga4',
    service: 'Google Analytics 4',
    provider: 'Google LLC',
    country: 'US',
    category: 'statistics',
    idField: 'measurementId',
    idPattern: /^G-[A-Z0-9]+$/,
    idExample: 'G-ABC123XYZ',
    scriptUrl: (id) => `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`,
    hosts: ['www.googletagmanager.com', 'www.google-analytics.com', 'region1.google-analytics.com'],
    cookies: [
      { name: '_ga', days: 730 },
      { name: '_ga_*', days: 730 },
      { name: '_gid', days: 1 },
      { name: '_gat*', days: 1 },
    ],
    policyUrl: 'https://policies.google.com/privacy',
  },
  // https://ads.vk.com/help/articles/pixel (Top.Mail.Ru counter)
  'vk-pixel': {
    preset: 'vk-pixel',
    service: 'VK Ads (Top.Mail.Ru)',
    provider: 'ООО «ВК» (VK LLC)',
    country: 'RU',
    category: 'marketing',
    idField: 'pixelId',
    idPattern: /^[0-9]+$/,
    idExample: '3456789',
    scriptUrl: () => 'https://top-fwz1.mail.ru/js/code.js',
    hosts: ['top-fwz1.mail.ru', 'top.mail.ru', 'ads.vk.com'],
    cookies: [
      { name: 'tmr_lvid', days: 365 },
      { name: 'tmr_lvidTS', days: 365 },
      { name: 'tmr_*', days: 365 },
    ],
    policyUrl: 'https://vk.com/privacy',
  },
  // https://developers.facebook.com/docs/meta-pixel/get-started
  'meta-pixel': {
    preset: 'meta-pixel',
    service: 'Meta Pixel',
    provider: 'Meta Platforms, Inc.',
    country: 'US',
    category: 'marketing',
    idField: 'pixelId',
    idPattern: /^[0-9]+$/,
    idExample: '123456789012345',
    scriptUrl: () => 'https://connect.facebook.net/en_US/fbevents.js',
    hosts: ['connect.facebook.net', 'www.facebook.com'],
    cookies: [
      { name: '_fbp', days: 90 },
      { name: '_fbc', days: 90 },
    ],
    policyUrl: 'https://www.facebook.com/privacy/policy/',
  },
} as const satisfies Record<string, VendorFacts>;

export type PresetName = keyof typeof VENDORS;

export const PRESET_NAMES = Object.keys(VENDORS) as PresetName[];

export function isPresetName(name: unknown): name is PresetName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(VENDORS, name);
}

/** The cookie names (with `*` patterns) a vendor's tag sets. */
export function vendorCookieNames(preset: PresetName): string[] {
  return VENDORS[preset].cookies.map((cookie) => cookie.name);
}
