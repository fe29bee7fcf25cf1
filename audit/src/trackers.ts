import { VENDORS, PRESET_NAMES, type OptionalCategory } from 'cap-consent/core';

/** A known tracker: the element's presets plus services the element has no preset for. */
export interface Tracker {
  /** The element's preset name, or this table's own id. */
  readonly id: string;
  readonly service: string;
  readonly provider: string;
  readonly category: OptionalCategory;
  /** Host names; each also matches its subdomains. */
  readonly hosts: readonly string[];
  /** Cookie (and storage key) names; a trailing `*` matches any suffix. */
  readonly cookies: readonly string[];
}

/** Trackers seen on Kazakh and Russian-language sites for which the element has no preset. */
const TRACKERS_WITHOUT_PRESET: readonly Tracker[] = [
  {
    id: 'google-ads',
    service: 'Google Ads / DoubleClick',
    provider: 'Google LLC',
    category: 'marketing',
    hosts: ['doubleclick.net', 'googleadservices.com', 'googlesyndication.com', 'googletagservices.com'],
    cookies: ['_gcl_*', 'IDE', 'DSID', 'test_cookie', '__gads', '__gpi'],
  },
  {
    id: 'yandex-ads',
    service: 'Yandex Advertising Network',
    provider: 'ООО «Яндекс» (Yandex LLC)',
    category: 'marketing',
    hosts: ['an.yandex.ru', 'bs.yandex.ru', 'yandex.ru', 'yandex.kz', 'yandex.com', 'yandex.net'],
    cookies: ['yandexuid', 'yuidss', 'ymex'],
  },
  {
    id: 'vk-widgets',
    service: 'VK widgets and retargeting',
    provider: 'ООО «ВК» (VK LLC)',
    category: 'marketing',
    hosts: ['vk.com', 'vk.ru', 'userapi.com', 'mail.ru', 'ad.mail.ru', 'r.mail.ru', 'mradx.net'],
    cookies: ['remixstid', 'remixlang', 'mrcu'],
  },
  {
    id: 'tiktok-pixel',
    service: 'TikTok Pixel',
    provider: 'TikTok Pte. Ltd.',
    category: 'marketing',
    hosts: ['analytics.tiktok.com', 'tiktok.com', 'tiktokcdn.com'],
    cookies: ['_ttp', '_tt_enable_cookie', 'ttcsid*'],
  },
  {
    id: 'hotjar',
    service: 'Hotjar',
    provider: 'Hotjar Ltd.',
    category: 'statistics',
    hosts: ['hotjar.com', 'hotjar.io'],
    cookies: ['_hj*'],
  },
  {
    id: 'microsoft-clarity',
    service: 'Microsoft Clarity',
    provider: 'Microsoft Corporation',
    category: 'statistics',
    hosts: ['clarity.ms'],
    cookies: ['_clck', '_clsk', 'CLID'],
  },
  {
    id: 'microsoft-ads',
    service: 'Microsoft Advertising (Bing UET)',
    provider: 'Microsoft Corporation',
    category: 'marketing',
    hosts: ['bat.bing.com', 'bing.com'],
    cookies: ['_uetsid', '_uetvid', 'MUID'],
  },
  {
    id: 'linkedin-insight',
    service: 'LinkedIn Insight Tag',
    provider: 'LinkedIn Corporation',
    category: 'marketing',
    hosts: ['snap.licdn.com', 'px.ads.linkedin.com', 'linkedin.com'],
    cookies: ['li_fat_id', 'li_sugr', 'bcookie', 'lidc', 'UserMatchHistory'],
  },
  {
    id: 'x-ads',
    service: 'X (Twitter) Ads',
    provider: 'X Corp.',
    category: 'marketing',
    hosts: ['static.ads-twitter.com', 'ads-twitter.com', 'analytics.twitter.com', 't.co'],
    cookies: ['muc_ads', 'personalization_id', 'guest_id*'],
  },
  {
    id: 'liveinternet',
    service: 'LiveInternet counter',
    provider: 'LiveInternet',
    category: 'statistics',
    hosts: ['counter.yadro.ru', 'liveinternet.ru'],
    cookies: [],
  },
  {
    id: 'zero-kz',
    service: 'ZERO.kz counter',
    provider: 'ZERO.kz',
    category: 'statistics',
    hosts: ['zero.kz', 'c.zero.kz'],
    cookies: [],
  },
];

/** Every known tracker: the element's vendor table first, then the audit's own entries. */
export const TRACKERS: readonly Tracker[] = [
  ...PRESET_NAMES.map((preset): Tracker => {
    const vendor = VENDORS[preset];
    return {
      id: preset,
      service: vendor.service,
      provider: vendor.provider,
      category: vendor.category,
      hosts: vendor.hosts,
      cookies: vendor.cookies.map((cookie) => cookie.name),
    };
  }),
  ...TRACKERS_WITHOUT_PRESET,
];

const TRACKERS_BY_ID = new Map(TRACKERS.map((tracker) => [tracker.id, tracker]));

export function trackerById(id: string): Tracker | undefined {
  return TRACKERS_BY_ID.get(id);
}

/** True when `host` is `pattern` or one of its subdomains. */
export function hostMatches(host: string, pattern: string): boolean {
  const name = host.toLowerCase();
  return name === pattern || name.endsWith(`.${pattern}`);
}

/** True when `name` is `pattern`, or starts with it when the pattern ends in `*`. */
export function cookieNameMatches(name: string, pattern: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

/** The tracker whose most specific host pattern matches `host` (mc.yandex.ru is Metrica, not the ad network). */
export function trackerForHost(host: string): Tracker | undefined {
  let best: { tracker: Tracker; length: number } | undefined;
  for (const tracker of TRACKERS) {
    for (const pattern of tracker.hosts) {
      if (hostMatches(host, pattern) && pattern.length > (best?.length ?? 0))
        best = { tracker, length: pattern.length };
    }
  }
  return best?.tracker;
}

/** The tracker whose most specific cookie pattern matches `name` (`_ym_uid` before `_ym_*`). */
export function trackerForCookie(name: string): Tracker | undefined {
  let best: { tracker: Tracker; exact: boolean; length: number } | undefined;
  for (const tracker of TRACKERS) {
    for (const pattern of tracker.cookies) {
      if (!cookieNameMatches(name, pattern)) continue;
      const exact = !pattern.endsWith('*');
      if (!best || (exact && !best.exact) || (exact === best.exact && pattern.length > best.length)) {
        best = { tracker, exact, length: pattern.length };
      }
    }
  }
  return best?.tracker;
}

/** The tracker a script or request URL belongs to, from its host. */
export function trackerForUrl(url: string | null | undefined): Tracker | undefined {
  if (!url) return undefined;
  try {
    return trackerForHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
}
