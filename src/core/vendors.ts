import type { OptionalCategory } from './categories.js';

/** A cookie a vendor's tag sets: its name (a trailing `*` matches any suffix) and how long it lives. */
export interface VendorCookie {
  readonly name: string;
  /** Lifetime in days; 0 for a session cookie. */
  readonly days: number;
}

/** The JSON type of a vendor option's value (`object`: a plain `{…}`). */
export type VendorOptionType = 'boolean' | 'string' | 'integer' | 'object';

/**
 * One setting of a vendor's tag, written in consent.json under `options` and
 * passed to the tag as the vendor's snippet does. Described well enough to
 * build a form from: the key, its type, a label in ru and en, the default.
 */
export interface VendorOption {
  readonly key: string;
  readonly type: VendorOptionType;
  readonly label: { readonly ru: string; readonly en: string };
  /** What the preset passes when the option is not written (absent: the vendor's own default). */
  readonly default?: boolean | string | number;
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
  /** The id may also be written as a JSON number (counters and pixel ids are digits). */
  readonly idMayBeNumber: boolean;
  /** What `options` may hold for this preset. */
  readonly options: readonly VendorOption[];
  /** The official tag URL for an id. */
  readonly scriptUrl: (vendorId: string) => string;
  /** Host names the tag and its beacons use (for the audit and for tests). */
  readonly hosts: readonly string[];
  readonly cookies: readonly VendorCookie[];
  /** The vendor's privacy policy. */
  readonly policyUrl: string;
}

export const VENDORS = {
  // Snippet and init parameters: https://yandex.ru/support/metrica/code/counter-initialize.html
  'yandex-metrika': {
    preset: 'yandex-metrika',
    service: 'Yandex Metrica',
    provider: 'ООО «Яндекс» (Yandex LLC)',
    country: 'RU',
    category: 'statistics',
    idField: 'counter',
    idPattern: /^[1-9][0-9]*$/,
    idExample: '12345678',
    idMayBeNumber: true,
    options: [
      { key: 'clickmap', type: 'boolean', label: { ru: 'Карта кликов', en: 'Click map' }, default: true },
      {
        key: 'trackLinks',
        type: 'boolean',
        label: { ru: 'Внешние ссылки и загрузки', en: 'Outbound links and downloads' },
        default: true,
      },
      {
        key: 'accurateTrackBounce',
        type: 'boolean',
        label: { ru: 'Точный показатель отказов', en: 'Accurate bounce rate' },
        default: true,
      },
      { key: 'webvisor', type: 'boolean', label: { ru: 'Вебвизор', en: 'Session Replay (Webvisor)' } },
      {
        key: 'ecommerce',
        type: 'string',
        label: { ru: 'Электронная коммерция: имя контейнера данных', en: 'E-commerce: data container name' },
      },
      {
        key: 'trackHash',
        type: 'boolean',
        label: { ru: 'Учитывать изменения #хеша в адресе', en: 'Track #hash changes' },
      },
      { key: 'params', type: 'object', label: { ru: 'Параметры визита', en: 'Visit parameters' } },
      { key: 'userParams', type: 'object', label: { ru: 'Параметры посетителя', en: 'Visitor parameters' } },
      {
        key: 'defer',
        type: 'boolean',
        label: { ru: 'Не отправлять просмотр при загрузке', en: 'Do not send the page view on load' },
      },
    ],
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
  // One Google tag for GA4 (G-), Google tags (GT-), Google Ads (AW-) and Floodlight (DC-) ids:
  // https://developers.google.com/tag-platform/gtagjs/install and
  // https://developers.google.com/tag-platform/gtagjs/configure (tag id prefixes, config parameters).
  // A GTM- container loads through its own snippet, gtm.js, on the same dataLayer:
  // https://developers.google.com/tag-platform/tag-manager/web
  ga4: {
    preset: 'ga4',
    service: 'Google Analytics 4',
    provider: 'Google LLC',
    country: 'US',
    category: 'statistics',
    idField: 'measurementId',
    idPattern: /^(?:G|GT|AW|DC|GTM)-[A-Z0-9]+$/,
    idExample: 'G-ABC123XYZ',
    idMayBeNumber: false,
    options: [
      {
        key: 'send_page_view',
        type: 'boolean',
        label: { ru: 'Отправлять просмотр страницы', en: 'Send the page view' },
        default: true,
      },
      { key: 'cookie_domain', type: 'string', label: { ru: 'Домен cookie', en: 'Cookie domain' } },
      { key: 'cookie_expires', type: 'integer', label: { ru: 'Срок cookie, секунд', en: 'Cookie lifetime, seconds' } },
      { key: 'cookie_prefix', type: 'string', label: { ru: 'Префикс имён cookie', en: 'Cookie name prefix' } },
      { key: 'cookie_flags', type: 'string', label: { ru: 'Флаги cookie', en: 'Cookie flags' } },
      { key: 'allow_google_signals', type: 'boolean', label: { ru: 'Сигналы Google', en: 'Google signals' } },
      {
        key: 'allow_ad_personalization_signals',
        type: 'boolean',
        label: { ru: 'Персонализация рекламы', en: 'Ad personalization signals' },
      },
      { key: 'debug_mode', type: 'boolean', label: { ru: 'Режим отладки (DebugView)', en: 'Debug mode (DebugView)' } },
    ],
    scriptUrl: (id) =>
      id.startsWith('GTM-')
        ? `https://www.googletagmanager.com/gtm.js?id=${encodeURIComponent(id)}`
        : `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`,
    hosts: [
      'www.googletagmanager.com',
      'www.google-analytics.com',
      'region1.google-analytics.com',
      'googleads.g.doubleclick.net',
    ],
    cookies: [
      { name: '_ga', days: 730 },
      { name: '_ga_*', days: 730 },
      { name: '_gid', days: 1 },
      { name: '_gat*', days: 1 },
      { name: '_gcl_*', days: 90 },
    ],
    policyUrl: 'https://policies.google.com/privacy',
  },
  // The Top.Mail.Ru counter code (_tmr queue, code.js): https://ads.vk.com/help/articles/pixel
  // and https://help.mail.ru/top/counter/code
  'vk-pixel': {
    preset: 'vk-pixel',
    service: 'VK Ads (Top.Mail.Ru)',
    provider: 'ООО «ВК» (VK LLC)',
    country: 'RU',
    category: 'marketing',
    idField: 'pixelId',
    idPattern: /^[1-9][0-9]*$/,
    idExample: '3456789',
    idMayBeNumber: true,
    options: [
      {
        key: 'pageView',
        type: 'boolean',
        label: { ru: 'Отправлять просмотр страницы', en: 'Send the page view' },
        default: true,
      },
      {
        key: 'goal',
        type: 'string',
        label: { ru: 'Цель, достигаемая при загрузке страницы', en: 'Goal reached when the page loads' },
      },
    ],
    scriptUrl: () => 'https://top-fwz1.mail.ru/js/code.js',
    hosts: ['top-fwz1.mail.ru', 'top.mail.ru', 'ads.vk.com'],
    cookies: [
      { name: 'tmr_lvid', days: 365 },
      { name: 'tmr_lvidTS', days: 365 },
      { name: 'tmr_*', days: 365 },
    ],
    policyUrl: 'https://vk.com/privacy',
  },
  // Base code: https://developers.facebook.com/docs/meta-pixel/get-started ; several pixels on a page
  // (trackSingle): https://developers.facebook.com/docs/meta-pixel/guides/track-multiple-events ;
  // consent revoke/grant: https://developers.facebook.com/docs/meta-pixel/implementation/gdpr
  'meta-pixel': {
    preset: 'meta-pixel',
    service: 'Meta Pixel',
    provider: 'Meta Platforms, Inc.',
    country: 'US',
    category: 'marketing',
    idField: 'pixelId',
    idPattern: /^[1-9][0-9]*$/,
    idExample: '123456789012345',
    idMayBeNumber: true,
    options: [
      { key: 'pageView', type: 'boolean', label: { ru: 'Отправлять PageView', en: 'Send PageView' }, default: true },
      {
        key: 'autoConfig',
        type: 'boolean',
        label: { ru: 'Автонастройка событий', en: 'Automatic event setup' },
        default: true,
      },
      { key: 'advancedMatching', type: 'object', label: { ru: 'Расширенное сопоставление', en: 'Advanced matching' } },
    ],
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

/** The option `key` of `preset`, if the table has it. */
export function vendorOption(preset: PresetName, key: string): VendorOption | undefined {
  return (VENDORS[preset].options as readonly VendorOption[]).find((option) => option.key === key);
}

type OptionValue<T extends VendorOptionType> = T extends 'boolean'
  ? boolean
  : T extends 'string'
    ? string
    : T extends 'integer'
      ? number
      : Readonly<Record<string, unknown>>;

/** The `options` a preset takes, typed from the vendor table: `PresetOptions<'yandex-metrika'>` has `webvisor?: boolean`. */
export type PresetOptions<P extends PresetName> = {
  readonly [O in (typeof VENDORS)[P]['options'][number] as O['key']]?: OptionValue<O['type']>;
};
