import {
  NOTHING_OPTIONAL,
  OBSERVED_ATTRIBUTES,
  isOptionalCategory,
  rendersOnly,
  type Category,
  type CategoryChoices,
  type ConsentAttributes,
  type ConsentRecord,
  type Disclosure,
} from '../core/index.js';
import { namesServices } from '../activate/index.js';
import { DEFAULT_LANG, loadTexts, supportedLang, type ConsentTexts, type Lang } from '../i18n/index.js';
import { dispatchConsentEvent, type ConsentChangeReason, type PixelState } from './events.js';
import { deepActiveElement } from './deep-active-element.js';
import { ConsentSession, globalPrivacyControl, type SessionReport } from './consent-session.js';
import type { ConsentView } from './view/consent-view.js';
import type { ViewActions, ViewModel } from './view/view-model.js';

const LOG_PREFIX = '[cap-consent]';
/** Same symbol in every copy of the script (Symbol.for). @internal */
export const ELEMENT_MARKER: unique symbol = Symbol.for('cap-consent.element') as never;
const NO_OPENER =
  'no element with data-cap-consent-open on this page: the visitor cannot reopen the settings to change or ' +
  'withdraw consent (README, step 1: a footer «Настройки cookie» button)';

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
 * @csspart record - «Ваш выбор от <date>, ID <consent id>» in the preferences, after a decision.
 * @csspart copy-id - Copies the consent id.
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
  static readonly observedAttributes = OBSERVED_ATTRIBUTES;
  /** Marks every copy of this class, so a second copy of the script can recognise the first. */
  static readonly [ELEMENT_MARKER] = true;

  private readonly session = new ConsentSession((report) => this.onSessionReport(report));
  private confirmationOpen = false;
  private uiVisible = false;
  private started = false;
  private pendingChange: 'render' | 'restart' | null = null;
  /** An attribute changed while the element was out of the document: start again when it returns. */
  private restartWhenConnected = false;
  private view?: Promise<ConsentView>;
  private shownView?: ConsentView;
  private rendering: Promise<boolean> = Promise.resolve(true);
  private renderQueued = false;
  /** showPreferences() asked for the dialog: the next render loads its chunk first. */
  private dialogWanted = false;
  private readonly afterRender: Array<(view: ConsentView) => void> = [];
  private readonly reported = new Set<string>();
  private configValue: unknown = null;
  private debugPanel?: Promise<void>;

  /** The visitor's current decision, or null while there is none for this policy version. */
  get consent(): ConsentRecord | null {
    return this.session.consent;
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
    this.session.useConfig(value);
    this.renderWhenConfigured();
  }

  /**
   * The pixels of the marketing config and where each stands on this page:
   * `{id, vendor, category, enabled, state, reason?}`, state one of waiting,
   * started, failed, disabled, invalid, withdrawn. A new frozen list on each
   * change, announced by `cap-consent-pixels`.
   */
  get pixels(): readonly PixelState[] {
    return this.session.pixels;
  }

  /** Resolves once the marketing config has been loaded and its granted pixels started. Never rejects. */
  get configComplete(): Promise<void> {
    return this.session.configComplete;
  }

  /** Grants every category the site uses. */
  acceptAll(): void {
    this.decide(() => this.session.acceptAllChoices(), 'api');
  }

  /** Keeps only the necessary cookies. */
  acceptNecessary(): void {
    this.decide(() => NOTHING_OPTIONAL, 'api');
  }

  /** Saves a choice per category; a category left out keeps its current choice. */
  save(choices: Partial<CategoryChoices>): void {
    this.decide(() => this.session.withChoices(choices), 'api');
  }

  /** Withdraws every optional category; the decision is kept, so the banner does not return. */
  withdraw(): void {
    this.decide(() => NOTHING_OPTIONAL, 'api', 'withdrawn');
  }

  /** Opens the preferences dialog; focus returns to the element focused before. */
  showPreferences(): void {
    const opener = deepActiveElement();
    this.render((view) => view.openPreferences(opener), true);
  }

  /** Resolves as soon as `category` is granted (at once if it is already). Never rejects. */
  whenGranted(category: Category): Promise<void> {
    return this.session.whenGranted(category);
  }

  connectedCallback(): void {
    document.addEventListener('click', this.onDocumentClick);
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      // Set before the element was defined: the own property hides the accessor; hand it over.
      const { config } = this;
      delete (this as { config?: unknown }).config;
      this.config = config;
    }
    const restart = !this.started || this.restartWhenConnected;
    this.started = true;
    this.restartWhenConnected = false;
    this.guarded(() => (restart ? this.start() : this.session.resume()));
  }

  disconnectedCallback(): void {
    document.removeEventListener('click', this.onDocumentClick);
    this.session.suspend();
  }

  /**
   * A burst of attribute changes is applied once: a new language re-renders, anything else restarts;
   * out of the document, the restart waits until the element is back.
   */
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (!this.started || oldValue === newValue) return;
    const queued = this.pendingChange;
    this.pendingChange = queued === 'restart' || !rendersOnly(name) ? 'restart' : 'render';
    if (queued) return;
    queueMicrotask(() => {
      const change = this.pendingChange;
      this.pendingChange = null;
      if (change === 'render') this.guarded(() => this.render());
      else if (this.isConnected) this.guarded(() => this.start());
      else this.restartWhenConnected = true;
    });
  }

  private start(): void {
    this.session.start(this.readAttributes());
    if (this.hasAttribute('debug') || new URLSearchParams(location.search).has('cap-consent-debug')) {
      this.showDebugPanel();
    }
    if (this.hasAttribute('config-src')) this.renderWhenConfigured();
    this.render();
  }

  private onSessionReport(report: SessionReport): void {
    if (report.type === 'problem') return this.report(report.problem, report.level);
    if (report.type === 'pixels') return dispatchConsentEvent(this, 'cap-consent-pixels', { pixels: this.pixels });
    const { record, reason } = report;
    if (reason === 'restored') this.announceRestored(record);
    else this.announce(record, reason);
    this.render();
  }

  private decide(choices: () => CategoryChoices, source: 'api' | 'ui', reason?: ConsentChangeReason): void {
    this.guarded(() => {
      const decidedInUi = source === 'ui';
      this.confirmationOpen = decidedInUi && (this.bannerOpen || this.preferencesOpen);
      this.session.decide(choices(), this.resolvedLang(), reason);
      this.render((view) => view.closePreferences(decidedInUi));
    });
  }

  /** The banner asks for a decision while there is none for this policy version. */
  private get bannerOpen(): boolean {
    return this.session.consent === null;
  }

  private get preferencesOpen(): boolean {
    return this.shownView?.preferencesOpen ?? false;
  }

  private announce(record: ConsentRecord, reason: ConsentChangeReason): void {
    if (!document.querySelector('[data-cap-consent-open]')) this.report(NO_OPENER);
    dispatchConsentEvent(this, 'cap-consent-change', { consent: record, version: record.policyVersion, reason });
  }

  /** Fires `restored` once the page's own scripts have had the chance to listen. */
  private announceRestored(record: ConsentRecord): void {
    const announce = (): void => {
      if (this.session.consent === record) this.announce(record, 'restored');
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', announce, { once: true });
    else queueMicrotask(announce);
  }

  private readonly viewActions: ViewActions = {
    acceptAll: () => this.decide(() => this.session.acceptAllChoices(), 'ui'),
    acceptNecessary: () => this.decide(() => NOTHING_OPTIONAL, 'ui'),
    save: (choices) => this.decide(() => choices, 'ui'),
    openPreferences: () => this.showPreferences(),
    preferencesClosed: () => this.render(),
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

  private viewModel(lang: Lang, texts: ConsentTexts, disclosure: Disclosure | null): ViewModel {
    const { policyUrl, categories, cookieName, cookieDays } = this.session.options;
    return {
      lang,
      texts,
      policyUrl,
      categories,
      choices: this.session.consent ?? NOTHING_OPTIONAL,
      record: this.session.consent,
      cookieName,
      cookieDays,
      receipts: this.session.sendsReceipts,
      disclosure,
      policyUpdated: this.session.outdated !== null,
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

  /**
   * Renders the UI when anything is to be shown (or `show`), loading it the first time, then runs
   * `after`. Calls made before a queued render runs are merged into it.
   */
  private render(after?: (view: ConsentView) => void, show = false): void {
    const needed = show || this.bannerOpen || this.confirmationOpen || this.preferencesOpen;
    if (!needed && !this.view) return;
    if (after) this.afterRender.push(after);
    if (show) this.dialogWanted = true;
    if (this.renderQueued) return;
    this.renderQueued = true;
    this.rendering = this.rendering
      .then(async () => {
        this.renderQueued = false;
        // The view and the texts of the language load in parallel; the dialog's part once it is wanted.
        const lang = this.resolvedLang();
        const [view, texts, disclosure] = await Promise.all([this.loadView(), loadTexts(lang), this.loadDisclosure()]);
        const dialogWanted = this.dialogWanted;
        this.dialogWanted = false;
        if (dialogWanted || view.preferencesLoaded) await view.loadPreferences(lang);
        return [view, texts, lang, disclosure] as const;
      })
      .then(
        ([view, texts, lang, disclosure]) => {
          view.render(this.viewModel(lang, texts, disclosure));
          this.afterRender.splice(0).forEach((action) => action(view));
          this.announceVisibility();
          return true;
        },
        (error: unknown) => {
          this.afterRender.length = 0;
          this.report(`the banner UI could not be loaded or shown (${String(error)}); nothing is granted`, 'error');
          return false;
        },
      );
  }

  /** The services the config and the page's markup name; none (and no code loaded) when there are none. */
  private loadDisclosure(): Promise<Disclosure | null> {
    const pixels = this.session.configuredPixels;
    if (pixels.length === 0 && !namesServices(document)) return Promise.resolve(null);
    return import('./view/page-disclosure.js').then(({ pageDisclosure }) => {
      const disclosure = pageDisclosure(pixels, this.session.options.categories);
      disclosure.problems.forEach((problem) => this.report(problem));
      return disclosure;
    });
  }

  /** The disclosure lists the config's services: show them once it has loaded. */
  private renderWhenConfigured(): void {
    void this.session.configComplete.then(() => this.render());
  }

  private loadView(): Promise<ConsentView> {
    this.view ??= import('./view/consent-view.js').then(({ ConsentView }) => {
      this.shownView = new ConsentView(this, this.shadowRoot ?? this.attachShadow({ mode: 'open' }), this.viewActions);
      return this.shownView;
    });
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
      ({ showPixelDebugPanel }) => showPixelDebugPanel(this, () => this.session.pixelProblems),
      (error: unknown) => this.report(`the debug panel could not be loaded (${String(error)})`),
    );
  }

  /** Every attribute's raw value; the nonce from the property, as browsers hide the attribute once parsed. */
  private readAttributes(): ConsentAttributes {
    const values = Object.fromEntries(OBSERVED_ATTRIBUTES.map((name) => [name, this.getAttribute(name)]));
    return { ...values, nonce: this.nonce ?? null };
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
