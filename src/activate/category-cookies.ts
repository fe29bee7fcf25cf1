import { vendorCookieNames, type OptionalCategory } from '../core/index.js';
import type { CookiePattern } from './tracking-cookies.js';

/**
 * Cookies deleted when a category is refused even without a config: the
 * usual statistics and advertising tags, however the page loaded them.
 */
export const CATEGORY_COOKIES: Readonly<Record<OptionalCategory, readonly CookiePattern[]>> = {
  statistics: [...vendorCookieNames('yandex-metrika'), ...vendorCookieNames('ga4')],
  marketing: [...vendorCookieNames('vk-pixel'), ...vendorCookieNames('meta-pixel')],
};
