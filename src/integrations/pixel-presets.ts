import { gtag, dataLayer } from './data-layer.js';
import { VENDORS, type OptionalCategory, type PixelOptions, type PresetName } from '../core/index.js';

type VendorQueue = ((...args: unknown[]) => void) & {
  a?: unknown[];
  l?: number;
  queue?: unknown[];
  callMethod?: (...args: unknown[]) => void;
  push?: unknown;
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

/** One preset pixel to start: its vendor id, the options written in consent.json and its category. */
export interface PresetPixel {
  readonly vendorId: string;
  readonly options: PixelOptions;
  readonly category: OptionalCategory;
}

/** What the vendor's official snippet does, split into its parts (see the snippet pages in core/vendors.ts). */
export interface PixelPreset {
  /**
   * Which script the pixel needs: pixels with the same key share one script
   * (one gtag.js for every Google id, one tag.js for every Metrika counter).
   */
  scriptKey(vendorId: string): string;
  /**
   * Sets up the vendor's command queue and queues what the snippet queues for
   * this id, before the tag loads. `first`: no pixel of this script started before.
   */
  queue(pixel: PresetPixel, first: boolean): void;
  /** Asks the running tag to stop collecting for this id, the way the vendor documents. */
  stop(pixel: PresetPixel): void;
  /** Consent given again on the same page: undoes `stop`. */
  resume(pixel: PresetPixel): void;
}

/** The options written, over the defaults the vendor table gives (as in the vendor's generated snippet). */
function withDefaults(preset: PresetName, written: PixelOptions): Record<string, unknown> {
  const defaults = VENDORS[preset].options.flatMap((option) =>
    'default' in option ? [[option.key, option.default] as const] : [],
  );
  return { ...Object.fromEntries(defaults), ...written };
}

/** `ym` as Metrika's snippet defines it: records calls in `ym.a` until tag.js replaces it. */
function metrikaQueue(): VendorQueue {
  const ym: VendorQueue = function () {
    // eslint-disable-next-line prefer-rest-params
    (ym.a ??= []).push(arguments);
  };
  ym.l = Date.now();
  return ym;
}

/** `fbq` exactly as Meta's base code defines it: fbevents.js takes the queue over through callMethod. */
function metaQueue(): VendorQueue {
  const fbq: VendorQueue = function (...args: unknown[]) {
    if (fbq.callMethod) fbq.callMethod(...args);
    // eslint-disable-next-line prefer-rest-params
    else fbq.queue?.push(arguments);
  };
  Object.assign(fbq, { push: fbq, loaded: true, version: '2.0', queue: [] });
  window._fbq ??= fbq;
  return fbq;
}

/** Google Consent Mode signals of a category, for a Google tag asked to stop or resume. */
function googleConsent(category: OptionalCategory, state: 'granted' | 'denied'): Record<string, string> {
  return category === 'statistics'
    ? { analytics_storage: state }
    : { ad_storage: state, ad_user_data: state, ad_personalization: state };
}

export const PIXEL_PRESETS: Readonly<Record<PresetName, PixelPreset>> = {
  'yandex-metrika': {
    scriptKey: () => 'tag.js',
    queue({ vendorId, options }) {
      window.ym ??= metrikaQueue();
      window.ym(Number(vendorId), 'init', withDefaults('yandex-metrika', options));
    },
    stop({ vendorId }) {
      window[`disableYaCounter${vendorId}`] = true;
    },
    resume({ vendorId }) {
      window[`disableYaCounter${vendorId}`] = false;
    },
  },
  ga4: {
    // A GTM container is its own gtm.js; every other Google id shares one gtag.js.
    scriptKey: (id) => (id.startsWith('GTM-') ? `gtm.js ${id}` : 'gtag.js'),
    queue({ vendorId, options }, first) {
      if (vendorId.startsWith('GTM-')) {
        dataLayer().push({ 'gtm.start': Date.now(), event: 'gtm.js' });
        return;
      }
      if (first) gtag()('js', new Date());
      if (Object.keys(options).length > 0) gtag()('config', vendorId, { ...options });
      else gtag()('config', vendorId);
    },
    stop({ vendorId, category }) {
      window[`ga-disable-${vendorId}`] = true;
      gtag()('consent', 'update', googleConsent(category, 'denied'));
    },
    resume({ vendorId, category }) {
      window[`ga-disable-${vendorId}`] = false;
      gtag()('consent', 'update', googleConsent(category, 'granted'));
    },
  },
  'vk-pixel': {
    scriptKey: () => 'code.js',
    queue({ vendorId, options }) {
      const { pageView, goal } = withDefaults('vk-pixel', options);
      window._tmr ??= [];
      if (pageView) window._tmr.push({ id: vendorId, type: 'pageView', start: Date.now() });
      if (goal) window._tmr.push({ id: vendorId, type: 'reachGoal', goal });
    },
    // VK's tag offers no switch-off: the consent update and a reload (reload-on-withdraw) are the way.
    stop() {},
    resume() {},
  },
  'meta-pixel': {
    scriptKey: () => 'fbevents.js',
    queue({ vendorId, options }, first) {
      const { autoConfig, advancedMatching, pageView } = withDefaults('meta-pixel', options);
      window.fbq ??= metaQueue();
      if (first) window.fbq('consent', 'grant');
      if (autoConfig === false) window.fbq('set', 'autoConfig', false, vendorId);
      window.fbq('init', vendorId, ...(advancedMatching ? [advancedMatching] : []));
      // `track` would send one PageView to every pixel initialised so far: each pixel sends its own.
      if (pageView) window.fbq('trackSingle', vendorId, 'PageView');
    },
    stop() {
      window.fbq?.('consent', 'revoke');
    },
    resume() {
      window.fbq?.('consent', 'grant');
    },
  },
};

/** The official script URL of a preset pixel. */
export function presetScriptUrl(preset: PresetName, vendorId: string): string {
  return VENDORS[preset].scriptUrl(vendorId);
}
