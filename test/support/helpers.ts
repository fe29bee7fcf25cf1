import './cloneable-failures.js';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CapConsentElement } from '../../src/index.js';
import { createConsentRecord, serializeConsentCookie } from '../../src/core/index.js';

/**
 * The test page stands for a site that follows the README: it has a «Настройки cookie» opener, so no test hears the
 * element's warning about a missing one (test/element/withdrawal-route.test.ts removes it). Hidden, so it takes no
 * place in the tab order the keyboard tests walk.
 */
export const PAGE_OPENER = Object.assign(document.createElement('button'), { type: 'button', hidden: true });
PAGE_OPENER.setAttribute('data-cap-consent-open', '');
PAGE_OPENER.textContent = 'Настройки cookie';
document.body.append(PAGE_OPENER);

export interface BrowserCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  sameSite?: string;
  secure: boolean;
  expires: number;
  session: boolean;
}

export interface SiteSnapshot {
  host: string;
  events: string[];
  bannerVisible: boolean;
  consent: { statistics: boolean; marketing: boolean; id: string } | null;
  documentCookie: string;
  pixelRuns: number;
  /** Runs of the gated inline script on strict.html. */
  inlineRuns: number;
  /** `[cap-consent]` console warnings. */
  warnings: string[];
  /** `securitypolicyviolation` events: directive and blocked URI. */
  violations: string[];
  /** Uncaught errors and unhandled rejections on the page. */
  errors: string[];
  /** The browser implements Trusted Types (so strict.html enforces them). */
  trustedTypes: boolean;
  /** `element.pixels` when the page settled. */
  pixels: Array<{ id: string; state: string; reason?: string }>;
  /** Hits the stand-in vendor tags sent (test/fixtures/vendors), in order. */
  vendorHits: string[];
}

let cookieCounter = 0;

/** A cookie name no other test uses, so tests never see each other's decisions. */
export function uniqueCookieName(): string {
  cookieCounter += 1;
  return `t${Date.now().toString(36)}_${cookieCounter}`;
}

export async function browserCookies(name?: string): Promise<BrowserCookie[]> {
  const cookies = (await executeServerCommand('cookies')) as BrowserCookie[];
  return name ? cookies.filter((cookie) => cookie.name === name) : cookies;
}

export function setBrowserCookies(
  cookies: Array<Partial<BrowserCookie> & { name: string; value: string }>,
): Promise<unknown> {
  return executeServerCommand('set-cookies', { cookies });
}

export function clearBrowserCookies(): Promise<unknown> {
  return executeServerCommand('clear-cookies');
}

/** Opens `url` in a new tab, clicks the banner parts `click` in order or calls `call`, reports and closes the tab. */
export function visit(url: string, click?: string | string[], call?: 'withdraw' | 'acceptAll'): Promise<SiteSnapshot> {
  return executeServerCommand('visit', { url, click, call }) as Promise<SiteSnapshot>;
}

/** A test page on `host` served by the test server (*.cap.kz resolves to it), with attributes from the query. */
export function siteUrl(host: string, attributes: Record<string, string> = {}, page = 'site.html'): string {
  const query = new URLSearchParams(attributes).toString();
  return `http://${host}:${location.port}/test/fixtures/${page}${query ? `?${query}` : ''}`;
}

/** A tab that stays open while the test runs (same browser, same cookie jar). */
export interface OpenTab {
  click(part: string): Promise<unknown>;
  /** Brings the tab to the front, as a visitor switching to it. */
  focus(): Promise<unknown>;
  /** The visitor leaves the tab for another one (blur: headless tabs never lose focus by themselves). */
  leave(): Promise<unknown>;
  /** What a visitor sees, once the page saw `events` change events. */
  report(events?: number): Promise<SiteSnapshot>;
  close(): Promise<unknown>;
}

export async function openTab(url: string): Promise<OpenTab> {
  const tab = (await executeServerCommand('open-tab', { url })) as number;
  return {
    click: (part) => executeServerCommand('tab-click', { tab, click: part }),
    focus: () => executeServerCommand('tab-focus', { tab }),
    leave: () => executeServerCommand('tab-leave', { tab }),
    report: (events = 0) => executeServerCommand('tab-report', { tab, events }) as Promise<SiteSnapshot>,
    close: () => executeServerCommand('close-tab', { tab }),
  };
}

export interface ReceivedReceipts {
  /** POSTs that reached the endpoint, failed ones included. */
  attempts: number;
  /** Bodies of the acknowledged POSTs. */
  bodies: Array<Record<string, unknown>>;
}

/** Takes the test server's receipt endpoint at `path` down (503 for every POST) or brings it back. */
export function setReceiptEndpoint(path: string, up: boolean): Promise<unknown> {
  return executeServerCommand('receipt-endpoint', { path, up });
}

/** What the test server's receipt endpoint at `path` received, once it has `count` receipts. */
export function receivedReceipts(path: string, count = 1): Promise<ReceivedReceipts> {
  return executeServerCommand('receipts', { path, count }) as Promise<ReceivedReceipts>;
}

/** How many requests the test server received for `url` (path and query). */
export function requestCount(url: string): Promise<number> {
  return executeServerCommand('request-count', { url }) as Promise<number>;
}

/** Creates the element with a cookie name of its own and waits until it shows its state. */
export async function consentElement(
  attributes: Record<string, string> = {},
  parent: HTMLElement = document.body,
): Promise<CapConsentElement> {
  const element = document.createElement('cap-consent');
  element.setAttribute('cookie-name', uniqueCookieName());
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  await element.updateComplete;
  return element;
}

/** Serializes a decision as the element would store it. */
export function storedValue(
  choices: { statistics: boolean; marketing: boolean },
  version = '1',
  decidedAt = Date.now(),
): string {
  return serializeConsentCookie(createConsentRecord(choices, version, null, decidedAt));
}

/** Stores a decision under a cookie name of its own, as if made on an earlier page view; returns the name. */
export async function storedDecision(choices: { statistics: boolean; marketing: boolean }): Promise<string> {
  const name = uniqueCookieName();
  await setBrowserCookies([{ name, value: storedValue(choices), domain: 'localhost', path: '/' }]);
  return name;
}

export function part(element: CapConsentElement, name: string): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" rendered`);
  return found;
}

export function bannerVisible(element: CapConsentElement): boolean {
  const banner = element.shadowRoot?.querySelector<HTMLElement>('[part="banner"]');
  return Boolean(banner && !banner.hidden && banner.getBoundingClientRect().height > 0);
}

/** Collects console warnings written while `action` runs. */
export async function consentWarnings(action: () => Promise<unknown> | unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Removes every element a test added, so the next test starts on a clean page. */
export function cleanPage(): void {
  for (const element of document.querySelectorAll('cap-consent, [data-test-added]')) element.remove();
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
}

/** Adds markup to the page for one test (removed by cleanPage). */
export function addToPage<T extends HTMLElement>(tag: string, attributes: Record<string, string> = {}, text = ''): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('data-test-added', '');
  element.textContent = text;
  document.body.append(element);
  return element;
}

/** The cookie name the element was given by consentElement. */
export function cookieNameOf(element: CapConsentElement): string {
  return element.getAttribute('cookie-name') ?? 'cap_consent';
}

/** Records the cap-consent events the document receives from now on. */
export function recordEvents(): { types: string[]; reasons: string[]; stop(): void } {
  const types: string[] = [];
  const reasons: string[] = [];
  const onEvent = (event: Event) => {
    types.push(event.type);
    if (event.type === 'cap-consent-change') reasons.push((event as CustomEvent<{ reason: string }>).detail.reason);
  };
  const names = ['cap-consent-change', 'cap-consent-shown', 'cap-consent-hidden'];
  names.forEach((name) => document.addEventListener(name, onEvent));
  return { types, reasons, stop: () => names.forEach((name) => document.removeEventListener(name, onEvent)) };
}

/** Resolves once `condition` holds, checking after each task: waits for a state, never for a time. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve));
}
