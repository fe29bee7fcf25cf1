import type { OptionalCategory } from '../core/index.js';
import type { CookiePattern } from '../activate/index.js';

/** Cookies each vendor's tag sets, by the vendor's preset name. */
export const VENDOR_COOKIES = {
  'yandex-metrika': ['_ym_*'],
  ga4: ['_ga', '_ga_*', '_gid', '_gat*'],
  'vk-pixel': ['tmr_*'],
  'meta-pixel': ['_fbp', '_fbc'],
} as const satisfies Record<string, readonly CookiePattern[]>;

/**
 * Cookies deleted when a category is withdrawn even without a config: the
 * usual statistics and advertising tags, however the page loaded them.
 */
export const CATEGORY_COOKIES: Readonly<Record<OptionalCategory, readonly CookiePattern[]>> = {
  statistics: [...VENDOR_COOKIES['yandex-metrika'], ...VENDOR_COOKIES.ga4],
  marketing: [...VENDOR_COOKIES['vk-pixel'], ...VENDOR_COOKIES['meta-pixel']],
};
