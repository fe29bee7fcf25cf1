import { gtag } from './data-layer.js';
import { VENDORS, type PresetName } from '../core/index.js';

type VendorQueue = ((...args: unknown[]) => void) & {
  a?: unknown[];
  l?: number;
  queue?: unknown[];
  callMethod?: (...args: unknown[]) => void;
  loaded?: boolean;
  version?: string;
};

declare global {
  interface Window {
    ym?: VendorQueue;
    fbq?: VendorQueue;
    _fbq?: VendorQueue;
    _tmr?: unknown[];
    [disableFlag: `ga-disable-${string}` | `disableYaCounter${string}`]: boolean | undefined;
  }
}

/** What the vendor's official snippet does, split into its parts. */
export interface PixelPreset {
  /** The official tag URL. */
  url(vendorId: string): string;
  /** Sets up the vendor's command queue and queues the page view, before the tag loads. */
  queue(vendorId: string): void;
  /** Asks an already running tag to stop collecting (where the vendor offers a way). */
  stop(vendorId: string): void;
}

/** A command queue such as `ym` or `fbq` that records calls until the real tag replaces it. */
function commandQueue(): VendorQueue {
  const queue: VendorQueue = function (...args: unknown[]) {
    (queue.a ??= []).push(args);
  };
  queue.l = Date.now();
  return queue;
}

export const PIXEL_PRESETS: Readonly<Record<PresetName, PixelPreset>> = {
  'yandex-metrika': {
    url: VENDORS['yandex-metrika'].scriptUrl,
    queue(counter) {
      window.ym ??= commandQueue();
      window.ym(Number(counter), 'init', { clickmap: true, trackLinks: true, accurateTrackBounce: true });
    },
    stop(counter) {
      window[`disableYaCounter${counter}`] = true;
    },
  },
  ga4: {
    url: VENDORS.ga4.scriptUrl,
    queue(measurementId) {
      gtag()('js', new Date());
      gtag()('config', measurementId);
    },
    stop(measurementId) {
      window[`ga-disable-${measurementId}`] = true;
    },
  },
  'vk-pixel': {
    url: VENDORS['vk-pixel'].scriptUrl,
    queue(pixelId) {
      window._tmr ??= [];
      window._tmr.push({ id: pixelId, type: 'pageView', start: Date.now() });
    },
    stop() {
      // VK's tag offers no switch-off: the consent update and a reload (reload-on-withdraw) are the way.
    },
  },
  'meta-pixel': {
    url: VENDORS['meta-pixel'].scriptUrl,
    queue(pixelId) {
      if (!window.fbq) {
        // fbevents.js keeps this function and answers through callMethod once loaded.
        const fbq: VendorQueue = (...args: unknown[]) =>
          fbq.callMethod ? fbq.callMethod(...args) : fbq.queue?.push(args);
        Object.assign(fbq, { queue: [], loaded: true, version: '2.0' });
        window.fbq = window._fbq = fbq;
      }
      window.fbq('init', pixelId);
      window.fbq('track', 'PageView');
    },
    stop() {
      window.fbq?.('consent', 'revoke');
    },
  },
};
