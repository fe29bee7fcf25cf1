import { oneEvent } from '@open-wc/testing';

declare global {
  interface Window {
    /** What each fake tag saw when it loaded. */
    fakeTags?: Array<{ vendor: string; dataLayerAtLoad: unknown[][] }>;
  }
}

/** Served by the test server: counts as the vendor's tag (see test/fixtures/integrations/fake-tag.js). */
export const FAKE_TAG = '/test/fixtures/integrations/fake-tag.js';
export const PLAIN_PIXEL = '/test/fixtures/integrations/plain-pixel.js';

let tagNumber = 0;

/** A tag URL no other test requests, so the server's count is this test's alone. */
export function uniqueUrl(base: string, query = ''): string {
  tagNumber += 1;
  return `${base}?${query}${query ? '&' : ''}test=${Date.now()}-${tagNumber}`;
}

/** The hit a fake tag sends for `vendor` and `id`. */
export function hitUrl(vendor: string, id: string): string {
  return `/test/fixtures/integrations/hit?vendor=${vendor}&id=${id}`;
}

/** Resolves when the fake tag of `vendor` has sent its hit for `id`. */
export async function fakeTagHit(vendor: string, id: string): Promise<void> {
  for (;;) {
    const { detail } = await oneEvent(document, 'fake-tag-hit');
    if (detail.vendor === vendor && detail.id === id) return;
  }
}

/** Resolves when the script started from `url` has loaded. */
export function scriptLoaded(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.querySelector<HTMLScriptElement>(`script[src="${url}"]:not([type="text/plain"])`);
    if (!script) reject(new Error(`the script for ${url} was not started`));
    script?.addEventListener('load', () => resolve(), { once: true });
  });
}
