import { VENDORS, parsePixelConfig, vendorCookieNames, type PixelEntry } from 'cap-consent/core';
import type { DisclosedService } from './model.js';
import type { GatedMarkup } from './page-facts.js';
import { TRACKERS, cookieNameMatches, hostMatches, trackerById, trackerForUrl, type Tracker } from './trackers.js';

function hostOf(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).hostname;
  } catch {
    return null;
  }
}

/** An enabled pixel of consent.json: its preset's hosts and cookies, its own `src` and `cookies`. */
function pixelService(pixel: PixelEntry, configUrl: string): DisclosedService {
  const srcHost = hostOf(pixel.src, configUrl);
  const preset = pixel.preset ? VENDORS[pixel.preset.name] : undefined;
  const vendor = pixel.preset?.name ?? trackerForUrl(pixel.src ? new URL(pixel.src, configUrl).href : null)?.id ?? null;
  return {
    source: `consent.json: ${pixel.id}`,
    vendor,
    hosts: [...(preset?.hosts ?? []), ...(srcHost ? [srcHost] : [])],
    cookies: [...(pixel.preset ? vendorCookieNames(pixel.preset.name) : []), ...pixel.cookies],
  };
}

/** The name a `data-cap-consent-service` value gives: the value itself, or a `preset`/`id`/`service` field of JSON. */
function serviceNames(value: string): string[] {
  if (!value.trim().startsWith('{')) return [value];
  try {
    const fields = JSON.parse(value) as Record<string, unknown>;
    return ['preset', 'id', 'service', 'name'].map((key) => fields[key]).filter((name) => typeof name === 'string');
  } catch {
    return [value];
  }
}

/** The tracker a `data-cap-consent-service` value names: a preset or table id, or a service name. */
function trackerNamed(value: string): Tracker | undefined {
  for (const name of serviceNames(value).map((text) => text.trim().toLowerCase())) {
    const tracker = trackerById(name) ?? TRACKERS.find((entry) => entry.service.toLowerCase() === name);
    if (tracker) return tracker;
  }
  return undefined;
}

function markupService(markup: GatedMarkup): DisclosedService {
  const tracker = (markup.service ? trackerNamed(markup.service) : undefined) ?? trackerForUrl(markup.url);
  const host = hostOf(markup.url, 'https://invalid.invalid/');
  const attributes = [
    markup.category !== null ? `data-cap-consent="${markup.category}"` : '',
    markup.service !== null ? `data-cap-consent-service="${markup.service}"` : '',
  ].filter(Boolean);
  return {
    source: `markup: <${markup.tag} ${attributes.join(' ')}>${markup.url ? ` ${markup.url}` : ''}`,
    vendor: tracker?.id ?? null,
    hosts: [...(tracker?.hosts ?? []), ...(host ? [host] : [])],
    cookies: tracker?.cookies ?? [],
  };
}

export interface DisclosureSources {
  /** The parsed consent.json (or `el.config`), and the address it was read from. */
  readonly config: unknown;
  readonly configUrl: string | null;
  readonly pageUrl: string;
  readonly markup: readonly GatedMarkup[];
}

export interface Disclosure {
  readonly services: readonly DisclosedService[];
  /** consent.json entries the element would skip, as the element's validator words them. */
  readonly problems: readonly string[];
}

/**
 * The services the page tells the visitor about: the enabled pixels of its
 * consent.json (checked by the element's own validator) and its gated markup.
 */
export function disclosedServices({ config, configUrl, pageUrl, markup }: DisclosureSources): Disclosure {
  const source = configUrl ?? 'el.config';
  const parsed = config === null ? { pixels: [], problems: [] } : parsePixelConfig(config, source);
  return {
    services: [
      ...parsed.pixels.filter((pixel) => pixel.enabled).map((pixel) => pixelService(pixel, configUrl ?? pageUrl)),
      ...markup.map(markupService),
    ],
    problems: parsed.problems,
  };
}

/** True when a request to `host` of `vendor` is covered by a disclosed service. */
export function isRequestDisclosed(
  host: string,
  vendor: string | null,
  services: readonly DisclosedService[],
): boolean {
  return services.some(
    (service) =>
      (vendor !== null && service.vendor === vendor) || service.hosts.some((pattern) => hostMatches(host, pattern)),
  );
}

/** True when a cookie `name` of `vendor` is covered by a disclosed service. */
export function isCookieDisclosed(name: string, vendor: string | null, services: readonly DisclosedService[]): boolean {
  return services.some(
    (service) =>
      (vendor !== null && service.vendor === vendor) ||
      service.cookies.some((pattern) => cookieNameMatches(name, pattern)),
  );
}
