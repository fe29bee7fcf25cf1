import { OPTIONAL_CATEGORIES, isGranted, type ConsentRecord, type OptionalCategory } from '../core/index.js';
import { PageActivation, type GrantCheck } from '../activate/index.js';
import { pushConsentModeDefault, pushConsentModeUpdate } from './consent-mode.js';
import { fetchConfigFile } from './config-file.js';
import { pushConsentEvent, type ConsentUpdateReason } from './data-layer.js';
import type { MarketingPixels } from './marketing-pixels.js';
import type { PixelConfig, PixelEntry } from '../core/index.js';
import { PixelStates, type PixelState } from './pixel-states.js';

/** The element's attributes this layer acts on. */
export interface PageEffectsSettings {
  /** `config-src`: the marketing config to fetch, or null. */
  readonly configSrc: string | null;
  /** `google-consent-mode`: push Google Consent Mode v2 signals. */
  readonly googleConsentMode: boolean;
  /** `reload-on-withdraw`: reload the page after a category is withdrawn, to unload what already ran. */
  readonly reloadOnWithdraw: boolean;
  /** `nonce`: given to gated and preset scripts that have none of their own (strict CSP). */
  readonly nonce: string;
}

export type ProblemReporter = (problem: string, level?: 'warn' | 'error') => void;

/** A config given as the `config` property rather than fetched. */
const PROPERTY_SOURCE = 'the config property';

/**
 * Everything a decision changes on the page: the page's gated markup (through
 * `PageActivation`, src/activate), the marketing pixels, Google Consent Mode
 * and the dataLayer, and the cleanup when a category is withdrawn.
 */
export class PageEffects {
  private settings: PageEffectsSettings = {
    configSrc: null,
    googleConsentMode: false,
    reloadOnWithdraw: false,
    nonce: '',
  };
  private record: ConsentRecord | null = null;
  private consentModeDefaultSent = false;
  private readonly activation = new PageActivation();
  /** Counts config loads, so only the latest one is applied. */
  private configLoads = 0;
  private loader?: MarketingPixels;
  private pixelEntries: readonly PixelEntry[] = [];
  private pixelsLoading: Promise<void> = Promise.resolve();

  private readonly pixelStates: PixelStates;

  /** `pixelsChanged` hears of every change of `pixels`, once per task. */
  constructor(
    private readonly report: ProblemReporter,
    pixelsChanged: () => void = () => {},
  ) {
    this.pixelStates = new PixelStates(pixelsChanged);
  }

  /** The pixels of the config in use and where each stands. */
  get pixels(): readonly PixelState[] {
    return this.pixelStates.list;
  }

  /** The config file's problems (not the entries'). */
  get pixelProblems(): readonly string[] {
    return this.pixelStates.problems;
  }

  /** Resolves once the marketing config in use has been loaded and applied (or found unusable). Never rejects. */
  get configComplete(): Promise<void> {
    return this.pixelsLoading;
  }

  /** The checked pixels of the config in use (none until it has loaded), for the disclosure. */
  get configuredPixels(): readonly PixelEntry[] {
    return this.pixelEntries;
  }

  /**
   * Takes the element's settings. The Consent Mode default is pushed here, at
   * once, so it precedes every Google tag; a new `config-src` starts loading
   * in parallel with the banner.
   */
  configure(settings: PageEffectsSettings): void {
    const previousSrc = this.settings.configSrc;
    this.settings = settings;
    if (settings.googleConsentMode && !this.consentModeDefaultSent) {
      this.consentModeDefaultSent = true;
      pushConsentModeDefault();
    }
    if (settings.configSrc && settings.configSrc !== previousSrc) {
      const url = settings.configSrc;
      const file = fetchConfigFile(url);
      this.usePixels(
        url,
        import('./pixel-config-file.js').then(async ({ parsePixelConfigFile }) =>
          parsePixelConfigFile(await file, url),
        ),
      );
    }
  }

  /** Uses `config` (the `config` property) instead of a fetched file. */
  useConfig(config: unknown): void {
    this.usePixels(
      PROPERTY_SOURCE,
      import('../core/consent-config.js').then(({ parsePixelConfig }) => parsePixelConfig(config, PROPERTY_SOURCE)),
    );
  }

  /**
   * Brings the page in line with `record` (null: no decision yet). `reason` is
   * null while there is no decision.
   */
  apply(record: ConsentRecord | null, reason: ConsentUpdateReason | null): void {
    const revoked = OPTIONAL_CATEGORIES.filter(
      (category) => isGranted(this.record, category) && !isGranted(record, category),
    );
    this.record = record;
    this.activation.apply(this.isGranted, this.settings.nonce);
    this.loader?.start(this.isGranted, this.settings.nonce);
    const cleared = record ? this.clearRefused(revoked) : Promise.resolve();
    if (record && reason) {
      if (this.settings.googleConsentMode) pushConsentModeUpdate(record);
      if (this.settings.googleConsentMode || window.dataLayer) pushConsentEvent(record, reason);
    }
    // Reload once the cookies are gone, so the reloaded page starts clean.
    if (revoked.length > 0 && this.settings.reloadOnWithdraw) void cleared.then(() => location.reload());
  }

  /** Activates the current markup and keeps activating what is added later, until `unwatch`. */
  watch(): void {
    this.activation.watch();
  }

  /** Stops watching the page (the element left the document). */
  unwatch(): void {
    this.activation.unwatch();
  }

  private readonly isGranted: GrantCheck = (category) => isGranted(this.record, category);

  /**
   * Stops the pixels of `revoked` categories and deletes the cookies of every
   * refused one, so leftovers from another subdomain go too.
   */
  private clearRefused(revoked: readonly OptionalCategory[]): Promise<void> {
    revoked.forEach((category) => this.loader?.stop(category));
    return this.activation.clearRefused((category) => this.loader?.cookiesOf(category) ?? []);
  }

  private usePixels(source: string, loading: Promise<PixelConfig>): void {
    const load = ++this.configLoads;
    this.pixelsLoading = Promise.all([loading, import('./marketing-pixels.js')])
      .then(([config, { MarketingPixels }]) => {
        if (load !== this.configLoads) return;
        config.problems.forEach((problem) => this.report(problem));
        this.pixelEntries = config.pixels;
        this.loader = new MarketingPixels(config, this.pixelStates);
        this.loader.start(this.isGranted, this.settings.nonce);
        if (this.record) void this.clearRefused([]);
      })
      .catch((error: unknown) =>
        this.report(
          `${source}: the marketing config could not be used (${String(error)}); nothing more is granted`,
          'error',
        ),
      );
  }
}
