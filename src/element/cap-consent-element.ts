import {
  DEFAULT_OPTIONS,
  NOTHING_OPTIONAL,
  createConsentRecord,
  isCategory,
  isGranted,
  isOptionalCategory,
  resolveOptions,
  reasonForStoredDecision,
  type Category,
  type CategoryChoices,
  type ConsentAttributes,
  type ConsentOptions,
  type ConsentRecord,
} from '../core/index.js';
import { ConsentCookie } from '../store/consent-cookie.js';
import { PageEffects } from '../integrations/page-effects.js';
import { CrossTabSync } from '../store/cross-tab.js';
import { ConsentReceipts } from '../store/receipts.js';
import { DEFAULT_LANG, loadTexts, supportedLang, type ConsentTexts, type Lang } from '../i18n/index.js';
import { dispatchConsentEvent, type ConsentChangeReason, type PixelState } from './events.js';
import { deepActiveElement } from './deep-active-element.js';
import type { ConsentView } from './view/consent-view.js';
import type { ViewActions, ViewModel } from './view/view-model.js';

const LOG_PREFIX = '[cap-consent]';
/** Same symbol in every copy of the script (Symbol.for). @internal */
export const ELEMENT_MARKER: unique symbol = Symbol.for('cap-consent.element') as never;
const OPTION_ATTRIBUTES = [
  'policy-url',
  'policy-version',
  'categories',
  'cookie-name',
  'cookie-domain',
  'cookie-days',
] as const satisfies ReadonlyArray<keyof ConsentAttributes>;
const PAGE_EFFECT_ATTRIBUTES = ['config-src', 'google-consent-mode', 'reload-on-withdraw'] as const;

/**
 * The cap.kz consent banner.
 *
 * Reads the visitor's decision from the shared cookie, runs the page's gated
 * scripts and areas for the granted categories, and shows the banner only when
 * there is no valid decision; the banner UI is a separate chunk loaded only then.
 *
 * @summary Consent banner for cap.kz and its subdomains.
 * @tag cap-consent
 *
 * @attr policy-url - Link to the full policy (http or https). Default https://cap.kz/privacy.
 * @attr policy-version - A decision for another version is asked again. Default "1".
 * @attr lang - ru, kk or en. Default: `<html lang>`, then ru.
 * @attr categories - Optional categories the site uses. Default "statistics marketing".
 * @attr cookie-name - Default "cap_consent".
 * @attr cookie-domain - Default: the registrable domain (`.cap.kz`); host-only on localhost and IPs.
 * @attr cookie-days - Lifetime of the decision, 1 to 400 days (the longest browsers keep a cookie). Default 365.
 * @attr config-src - The marketing team's pixel list (consent.json), fetched while the banner loads.
 * @attr google-consent-mode - Boolean: push Google Consent Mode v2 default and updates to the dataLayer.
 * @attr reload-on-withdraw - Boolean: reload when a category is withdrawn (tags that ran cannot be unloaded).
 * @attr receipt-url - Endpoint (http or https) that receives a JSON consent receipt after each decision.
 * @attr nonce - CSP nonce given to gated inline scripts that have none of their own.
 * @attr debug - Boolean: show a small panel listing the pixels and their states (also `?cap-consent-debug` in the page URL).
 *
 * @fires {ConsentChangeEvent} cap-consent-change - `{consent, version, reason}`; reason is restored, decided, updated or withdrawn.
 * @fires {CustomEvent<void>} cap-consent-shown - The banner or the preferences became visible.
 * @fires {CustomEvent<void>} cap-consent-hidden - Neither the banner nor the preferences is visible any more.
 * @fires {CustomEvent<{pixels}>} cap-consent-pixels - `element.pixels` changed.
 *
 * @slot summary - Replaces the default policy summary text.
 *
 * @csspart banner - The bottom bar.
 * @csspart summary - The policy summary.
 * @csspart policy-link - The link to the full policy.
 * @csspart policy-updated - The line saying the policy changed.
 * @csspart gpc-notice - The line saying Global Privacy Control keeps advertising off.
 * @csspart accept-all - «Принять все».
 * @csspart accept-necessary - «Только необходимые».
 * @csspart settings - «Настроить».
 * @csspart preferences - The preferences dialog.
 * @csspart save - «Сохранить» in the preferences.
 * @csspart confirmation - The bar confirming a saved choice.
 *
 * @cssprop --cap-consent-background - Bar and dialog background.
 * @cssprop --cap-consent-color - Text colour.
 * @cssprop --cap-consent-muted-color - Secondary text colour.
 * @cssprop --cap-consent-accent - Button background.
 * @cssprop --cap-consent-accent-color - Button text colour.
 * @cssprop --cap-consent-border-color - Borders.
 * @cssprop --cap-consent-focus-color - Focus ring.
 * @cssprop --cap-consent-radius - Corner radius.
 * @cssprop --cap-consent-font-family - Font.
 * @cssprop --cap-consent-font-size - Base font size.
 * @cssprop --cap-consent-max-width - Width of the bar's content.
 * @cssprop --cap-consent-z-index - Stacking order of the bar.
 */
export class CapConsentElement extends HTMLElement {
  static readonly observedAttributes = ['lang', 'receipt-url', ...OPTION_ATTRIBUTES, ...PAGE_EFFECT_ATTRIBUTES];
  /** Marks every copy of this class, so a second copy of the script can recognise the first. */
  static readonly [ELEMENT_MARKER] = true;

  private options: ConsentOptions = DEFAULT_OPTIONS;
  private cookie?: ConsentCookie;
  private otherTabs?: CrossTabSync;
  private receipts: ConsentReceipts | null = null;
  private record: ConsentRecord | null = null;
  private outdatedRecord: ConsentRecord | null = null;
  private bannerOpen = false;
  private confirmationOpen = false;
  private preferencesOpen = false;
  private uiVisible = false;
  private started = false;
  private pendingChange: 'render' | 'restart' | null = null;
  private view?: Promise<ConsentView>;
  private rendering: Promise<boolean> = Promise.resolve(true);
  private readonly reported = new Set<string>();
  private readonly grantWaiters = new Map<Category, Array<() => void>>();
  private readonly pageEffects = new PageEffects(
    (problem, level) => this.report(problem, level),
    () => dispatchConsentEvent(this, 'cap-consent-pixels', { pixels: this.pixels }),
  );
  private configValue: unknown = null;
  private debugPanel?: Promise<void>;

  /** The visitor's current decision, or null while there is none for this policy version. */
  get consent(): ConsentRecord | null {
    return this.record;
  }

  /** Resolves when the UI shows the current state (true), or false if the UI could not load. */
  get updateComplete(): Promise<boolean> {
    return this.rendering;
  }

  /**
   * The marketing config as an object (the same shape as the `config-src`
   * file); set it instead of `config-src`. Bad entries are skipped with a
   * console message.
   */
  get config(): unknown {
    return this.configValue;
  }

  set config(value: unknown) {
    this.configValue = value;
    this.pageEffects.useConfig(value);
  }

  /**
   * The pixels of the marketing config and where each stands on this page:
   * `{id, vendor, category, enabled, state, reason?}`, state one of waiting,
   * started, failed, disabled, invalid, withdrawn. A new frozen list on each
   * change, announced by `cap-consent-pixels`.
   */
  get pixels(): readonly PixelState[] {
    return this.pageEffects.pixels;
  }

  /** Resolves once the marketing config has been loaded and its granted pixels started. Never rejects. */
  get configComplete(): Promise<void> {
    return this.pageEffects.configComplete;
  }

  /** Grants every category the site uses. */
  acceptAll(): void {
    this.decide(this.allChoices(), 'api');
  }

  /** Keeps only the necessary cookies. */
  acceptNecessary(): void {
    this.decide(NOTHING_OPTIONAL, 'api');
  }

  /** Saves a choice per category; a category left out keeps its current choice. */
  save(choices: Partial<CategoryChoices>): void {
    const current = this.record ?? NOTHING_OPTIONAL;
    this.decide(
      { statistics: choices.statistics ?? current.statistics, marketing: choices.marketing ?? current.marketing },
      'api',
    );
  }

  /** Withdraws every optional category; the decision is kept, so the banner does not return. */
  withdraw(): void {
    this.decide(NOTHING_OPTIONAL, 'api', 'withdrawn');
  }

  /** Opens the preferences dialog; focus returns to the element focused before. */
  showPreferences(): void {
    const opener = deepActiveElement();
    this.preferencesOpen = true;
    this.render((view) => view.openPreferences(opener));
  }

  /** Resolves as soon as `category` is granted (at once if it is already). Never rejects. */
  whenGranted(category: Category): Promise<void> {
    if (!isCategory(category)) {
      this.report(`whenGranted("${category}"): unknown category, the promise never resolves`);
      return new Promise(() => {});
    }
    if (isGranted(this.record, category)) return Promise.resolve();
    return new Promise((resolve) => {
      this.grantWaiters.set(category, [...(this.grantWaiters.get(category) ?? []), resolve]);
    });
  }

  connectedCallback(): void {
    document.addEventListener('click', this.onDocumentClick);
    this.pageEffects.watch();
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      // Set before the element was defined: the own property hides the accessor; hand it over.
      const { config } = this;
      delete (this as { config?: unknown }).config;
      this.config = config;
    }
    if (this.started) return this.guarded(() => this.watchOtherTabs());
    this.started = true;
    this.guarded(() => this.start());
  }

  disconnectedCallback(): void {
    document.removeEventListener('click', this.onDocumentClick);
    this.pageEffects.unwatch();
    this.otherTabs?.stop();
    this.otherTabs = undefined;
  }

  /** A burst of attribute changes is applied once: a new language re-renders, anything else restarts. */
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (!this.started || oldValue === newValue) return;
    const queued = this.pendingChange;
    this.pendingChange = queued === 'restart' || name !== 'lang' ? 'restart' : 'render';
    if (queued) return;
    queueMicrotask(() => {
      const change = this.pendingChange;
      this.pendingChange = null;
      this.guarded(() => (change === 'render' ? this.render() : this.start()));
    });
  }

  private start(): void {
    const { options, problems } = resolveOptions(this.readAttributes());
    problems.forEach((problem) => this.report(problem));
    this.options = options;
    this.cookie = new ConsentCookie({
      name: options.cookieName,
      domain: options.cookieDomain,
      days: options.cookieDays,
    });
    const stored = this.cookie.read(options.policyVersion);
    stored.ignored.forEach((reason) =>
      this.report(
        `ignored the cookie "${options.cookieName}": ${reason}. The banner is shown and nothing is granted until the visitor decides`,
      ),
    );
    const kept = stored.current ?? stored.outdated;
    if (stored.duplicated && kept) this.cookie.rewriteAsOnly(kept);
    this.receipts = ConsentReceipts.forAttribute(this.getAttribute('receipt-url'), (problem) => this.report(problem));
    this.otherTabs?.stop();
    this.otherTabs = undefined;
    this.watchOtherTabs();
    this.record = stored.current;
    this.outdatedRecord = stored.outdated;
    this.pageEffects.configure({
      configSrc: this.getAttribute('config-src'),
      googleConsentMode: this.hasAttribute('google-consent-mode'),
      reloadOnWithdraw: this.hasAttribute('reload-on-withdraw'),
      nonce: this.nonce ?? '',
    });
    this.applyToPage(this.record ? 'restored' : null);
    if (this.hasAttribute('debug') || new URLSearchParams(location.search).has('cap-consent-debug')) {
      this.showDebugPanel();
    }
    if (this.record) {
      this.announceRestored(this.record);
      this.bannerOpen = false;
    } else {
      this.bannerOpen = true;
    }
    this.render();
  }

  private decide(choices: CategoryChoices, source: 'api' | 'ui', reason?: ConsentChangeReason): void {
    this.guarded(() => {
      const used = this.options.categories;
      const allowed = {
        statistics: choices.statistics && used.includes('statistics'),
        marketing: choices.marketing && used.includes('marketing'),
      };
      const previous = this.record;
      const record = createConsentRecord(allowed, this.options.policyVersion, previous ?? this.outdatedRecord);
      if (this.cookie?.write(record)) {
        this.otherTabs?.announce();
      } else {
        this.report(
          `the browser did not store the cookie "${this.options.cookieName}" (cookies blocked?): the choice applies to this page only and will be asked again`,
        );
      }
      this.adopt(record, reason ?? (previous ? 'updated' : 'decided'));
      this.receipts?.send(record, { policyUrl: this.options.policyUrl, language: this.resolvedLang() });
      const decidedInUi = source === 'ui';
      this.confirmationOpen = decidedInUi && (this.bannerOpen || this.preferencesOpen);
      this.bannerOpen = false;
      this.render((view) => view.closePreferences(decidedInUi));
    });
  }

  /** Makes `record` the decision of this page and tells the page. */
  private adopt(record: ConsentRecord, reason: ConsentChangeReason): void {
    this.record = record;
    this.outdatedRecord = null;
    this.applyToPage(reason);
    this.announce(record, reason);
  }

  private announce(record: ConsentRecord, reason: ConsentChangeReason): void {
    dispatchConsentEvent(this, 'cap-consent-change', { consent: record, version: record.policyVersion, reason });
  }

  /** Another tab (of this site or another subdomain) may have stored a newer decision: take it. */
  private adoptFromOtherTab(): void {
    const stored = this.cookie?.read(this.options.policyVersion).current;
    const reason = stored && reasonForStoredDecision(this.record, stored);
    if (!stored || !reason) return;
    this.adopt(stored, reason);
    this.bannerOpen = false;
    this.render();
  }

  private watchOtherTabs(): void {
    this.otherTabs ??= new CrossTabSync(this.options.cookieName, () => this.guarded(() => this.adoptFromOtherTab()));
  }

  /** Global Privacy Control asks for no marketing: "accept all" then grants the rest; the visitor may still opt in. */
  private allChoices(): CategoryChoices {
    return { statistics: true, marketing: !globalPrivacyControl() };
  }

  private applyToPage(reason: ConsentChangeReason | null): void {
    const granted = (category: Category): boolean => isGranted(this.record, category);
    this.pageEffects.apply(this.record, reason);
    for (const [category, waiters] of this.grantWaiters) {
      if (!granted(category)) continue;
      this.grantWaiters.delete(category);
      waiters.forEach((resolve) => resolve());
    }
  }

  /** Fires `restored` once the page's own scripts have had the chance to listen. */
  private announceRestored(record: ConsentRecord): void {
    const announce = (): void => {
      if (this.record === record) this.announce(record, 'restored');
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', announce, { once: true });
    else queueMicrotask(announce);
  }

  private readonly viewActions: ViewActions = {
    acceptAll: () => this.decide(this.allChoices(), 'ui'),
    acceptNecessary: () => this.decide(NOTHING_OPTIONAL, 'ui'),
    save: (choices) => this.decide(choices, 'ui'),
    openPreferences: () => this.showPreferences(),
    preferencesClosed: () => {
      this.preferencesOpen = false;
      this.render();
    },
    dismissConfirmation: () => {
      this.confirmationOpen = false;
      this.render();
    },
  };

  private readonly onDocumentClick = (event: MouseEvent): void => {
    const target = event.target as Element | null;
    const granting = target?.closest?.<HTMLElement>('[data-cap-consent-grant]')?.dataset.capConsentGrant;
    if (granting && isOptionalCategory(granting)) {
      event.preventDefault();
      this.save({ [granting]: true });
    } else if (target?.closest?.('[data-cap-consent-open]')) {
      event.preventDefault();
      this.showPreferences();
    }
  };

  private viewModel(lang: Lang, texts: ConsentTexts): ViewModel {
    return {
      lang,
      texts,
      policyUrl: this.options.policyUrl,
      categories: this.options.categories,
      choices: this.record ?? NOTHING_OPTIONAL,
      policyUpdated: this.outdatedRecord !== null,
      globalPrivacyControl: globalPrivacyControl(),
      bannerOpen: this.bannerOpen,
      confirmationOpen: this.confirmationOpen,
    };
  }

  private resolvedLang(): Lang {
    const own = this.getAttribute('lang');
    if (own !== null) {
      const lang = supportedLang(own);
      if (!lang) this.report(`lang="${own}" is not supported (ru, kk, en); using ${DEFAULT_LANG}`);
      return lang ?? DEFAULT_LANG;
    }
    return supportedLang(document.documentElement.lang) ?? DEFAULT_LANG;
  }

  /** Renders the UI when anything is to be shown, loading it the first time; then runs `after`. */
  private render(after?: (view: ConsentView) => void): void {
    const needed = this.bannerOpen || this.confirmationOpen || this.preferencesOpen;
    if (!needed && !this.view) return;
    this.rendering = this.rendering
      .then(() => {
        // The view and the texts of the language load in parallel.
        const lang = this.resolvedLang();
        return Promise.all([this.loadView(), loadTexts(lang), lang] as const);
      })
      .then(
        ([view, texts, lang]) => {
          view.render(this.viewModel(lang, texts));
          after?.(view);
          this.preferencesOpen = view.preferencesOpen;
          this.announceVisibility();
          return true;
        },
        (error: unknown) => {
          this.report(`the banner UI could not be loaded or shown (${String(error)}); nothing is granted`, 'error');
          return false;
        },
      );
  }

  private loadView(): Promise<ConsentView> {
    this.view ??= import('./view/consent-view.js').then(
      ({ ConsentView }) =>
        new ConsentView(this, this.shadowRoot ?? this.attachShadow({ mode: 'open' }), this.viewActions),
    );
    return this.view;
  }

  private announceVisibility(): void {
    const visible = this.bannerOpen || this.preferencesOpen;
    if (visible === this.uiVisible) return;
    this.uiVisible = visible;
    dispatchConsentEvent(this, visible ? 'cap-consent-shown' : 'cap-consent-hidden', undefined);
  }

  /** The pixel panel for marketers: its own chunk, loaded only when asked for. */
  private showDebugPanel(): void {
    this.debugPanel ??= import('./debug/pixel-debug-panel.js').then(
      ({ showPixelDebugPanel }) => showPixelDebugPanel(this, () => this.pageEffects.pixelProblems),
      (error: unknown) => this.report(`the debug panel could not be loaded (${String(error)})`),
    );
  }

  private readAttributes(): ConsentAttributes {
    return Object.fromEntries(OPTION_ATTRIBUTES.map((name) => [name, this.getAttribute(name)])) as ConsentAttributes;
  }

  /** Says a problem once in the console, naming the element. */
  private report(problem: string, level: 'warn' | 'error' = 'warn'): void {
    if (this.reported.has(problem)) return;
    this.reported.add(problem);
    console[level](`${LOG_PREFIX} ${problem}`);
  }

  /** Nothing thrown inside escapes into the page; the state stays as safe as it was. */
  private guarded(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.report(`unexpected error, nothing more is granted: ${String(error)}`, 'error');
    }
  }
}

/** The browser's Global Privacy Control signal (`navigator.globalPrivacyControl`). */
function globalPrivacyControl(): boolean {
  return (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
}
