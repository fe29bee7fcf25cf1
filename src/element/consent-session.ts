import {
  DEFAULT_OPTIONS,
  NOTHING_OPTIONAL,
  createConsentRecord,
  isCategory,
  isGranted,
  reasonForStoredDecision,
  resolveOptions,
  type Category,
  type CategoryChoices,
  type ConsentAttributes,
  type ConsentChangeReason,
  type ConsentOptions,
  type ConsentRecord,
  type PixelEntry,
} from '../core/index.js';
import { ConsentCookie } from '../store/consent-cookie.js';
import { CrossTabSync, announceToOtherTabs } from '../store/cross-tab.js';
import { ConsentReceipts } from '../store/receipts.js';
import { PageEffects } from '../integrations/page-effects.js';
import type { PixelState } from '../integrations/pixel-states.js';
import { IdleWork } from './idle-work.js';

/** What the session tells its owner, through the one callback it is given. */
export type SessionReport =
  | { readonly type: 'change'; readonly record: ConsentRecord; readonly reason: ConsentChangeReason }
  | { readonly type: 'problem'; readonly problem: string; readonly level: 'warn' | 'error' }
  /** `pixels` changed. */
  | { readonly type: 'pixels' };

/**
 * The visitor's consent on this page, without any rendering: the options,
 * the cookie, deciding, the page's gated markup and pixels, `whenGranted`
 * waiters, receipts and other tabs. A returning visit reads the cookie and
 * starts what is granted in the first task; listening to other tabs, sending
 * receipts left by an earlier page view and watching for markup added later
 * wait until the page is idle.
 */
export class ConsentSession {
  private currentOptions: ConsentOptions = DEFAULT_OPTIONS;
  private cookie?: ConsentCookie;
  private receipts: ConsentReceipts | null = null;
  private otherTabs?: CrossTabSync;
  private record: ConsentRecord | null = null;
  private outdatedRecord: ConsentRecord | null = null;
  private readonly grantWaiters = new Map<Category, Array<() => void>>();
  private readonly pageEffects = new PageEffects(
    (problem, level = 'warn') => this.problem(problem, level),
    () => this.tell({ type: 'pixels' }),
  );
  private readonly idleWork = new IdleWork((error) => this.unexpected(error));

  constructor(private readonly tell: (report: SessionReport) => void) {}

  /** The decision in force, or null while there is none for this policy version. */
  get consent(): ConsentRecord | null {
    return this.record;
  }

  /** A decision made on another policy version, kept for its consent id and the "policy changed" line. */
  get outdated(): ConsentRecord | null {
    return this.outdatedRecord;
  }

  get options(): ConsentOptions {
    return this.currentOptions;
  }

  /** Resolves once the marketing config has been loaded and its granted pixels started. Never rejects. */
  get configComplete(): Promise<void> {
    return this.pageEffects.configComplete;
  }

  /** The config's pixels and where each stands. */
  get pixels(): readonly PixelState[] {
    return this.pageEffects.pixels;
  }

  /** The config file's problems (not the entries'). */
  get pixelProblems(): readonly string[] {
    return this.pageEffects.pixelProblems;
  }

  /** The checked consent.json pixels in use (none until loaded), for the disclosure. */
  get configuredPixels(): readonly PixelEntry[] {
    return this.pageEffects.configuredPixels;
  }

  /** Receipts are sent after each decision (`receipt-url`): the preferences say what the operator keeps. */
  get sendsReceipts(): boolean {
    return this.receipts !== null;
  }

  /**
   * Starts, or starts again with new attributes (their raw values; `nonce` from the property): reads the
   * cookie and brings the page in line with it.
   */
  start(attributes: ConsentAttributes): void {
    this.suspend();
    const { options, problems } = resolveOptions(attributes, location.href);
    problems.forEach((problem) => this.problem(problem));
    this.currentOptions = options;
    this.cookie = new ConsentCookie({
      name: options.cookieName,
      domain: options.cookieDomain,
      days: options.cookieDays,
    });
    const stored = this.cookie.read(options.policyVersion);
    stored.ignored.forEach((reason) =>
      this.problem(
        `ignored the cookie "${options.cookieName}": ${reason}. The banner is shown and nothing is granted until the visitor decides`,
      ),
    );
    const kept = stored.current ?? stored.outdated;
    if (stored.duplicated && kept) this.cookie.rewriteAsOnly(kept);
    this.receipts = options.receiptUrl
      ? new ConsentReceipts(options.receiptUrl, (problem) => this.problem(problem))
      : null;
    this.record = stored.current;
    this.outdatedRecord = stored.outdated;
    const { configSrc, googleConsentMode, reloadOnWithdraw, nonce } = options;
    this.pageEffects.configure({ configSrc, googleConsentMode, reloadOnWithdraw, nonce });
    this.applyToPage(this.record ? 'restored' : null);
    if (this.record) this.tell({ type: 'change', record: this.record, reason: 'restored' });
    this.scheduleIdleWork();
  }

  /** Keeps the page in step again: the element is back in the document. */
  resume(): void {
    this.pageEffects.watch();
    this.scheduleIdleWork();
  }

  /** Stops listening to other tabs and watching the page (the element left the document). */
  suspend(): void {
    this.idleWork.cancel();
    this.otherTabs?.stop();
    this.otherTabs = undefined;
    this.pageEffects.unwatch();
  }

  /**
   * Stores `choices` (limited to the categories the site uses), applies them
   * and sends the receipt, in `language`. `reason` defaults to decided or updated.
   */
  decide(choices: CategoryChoices, language: string, reason?: ConsentChangeReason): void {
    const { categories, policyVersion, cookieName, policyUrl } = this.currentOptions;
    const allowed = {
      statistics: choices.statistics && categories.includes('statistics'),
      marketing: choices.marketing && categories.includes('marketing'),
    };
    const previous = this.record;
    const record = createConsentRecord(allowed, policyVersion, previous ?? this.outdatedRecord);
    if (this.cookie?.write(record)) {
      announceToOtherTabs(cookieName);
    } else {
      this.problem(
        `the browser did not store the cookie "${cookieName}" (cookies blocked?): the choice applies to this page only and will be asked again`,
      );
    }
    this.adopt(record, reason ?? (previous ? 'updated' : 'decided'));
    this.receipts?.send(record, { policyUrl, language });
  }

  /** The choices «accept all» makes: Global Privacy Control asks for no marketing, the visitor may still opt in. */
  acceptAllChoices(): CategoryChoices {
    return { statistics: true, marketing: !globalPrivacyControl() };
  }

  /** The current choices with those in `choices` changed. */
  withChoices(choices: Partial<CategoryChoices>): CategoryChoices {
    const current = this.record ?? NOTHING_OPTIONAL;
    return { statistics: choices.statistics ?? current.statistics, marketing: choices.marketing ?? current.marketing };
  }

  /** Resolves as soon as `category` is granted (at once if it is already). Never rejects. */
  whenGranted(category: Category): Promise<void> {
    if (!isCategory(category)) {
      this.problem(`whenGranted("${category}"): unknown category, the promise never resolves`);
      return new Promise(() => {});
    }
    if (isGranted(this.record, category)) return Promise.resolve();
    return new Promise((resolve) => {
      this.grantWaiters.set(category, [...(this.grantWaiters.get(category) ?? []), resolve]);
    });
  }

  /** Uses `config` (the element's `config` property) instead of a fetched file. */
  useConfig(config: unknown): void {
    this.pageEffects.useConfig(config);
  }

  /** Other tabs and receipts left by an earlier page view wait until the page is idle, off the pixel's path. */
  private scheduleIdleWork(): void {
    const receipts = this.receipts;
    this.idleWork.schedule(() => {
      this.otherTabs ??= new CrossTabSync(this.currentOptions.cookieName, () =>
        this.guarded(() => this.adoptFromOtherTab()),
      );
      receipts?.sendWaiting();
    });
  }

  /** Makes `record` the decision of this page and tells the page. */
  private adopt(record: ConsentRecord, reason: ConsentChangeReason): void {
    this.record = record;
    this.outdatedRecord = null;
    this.applyToPage(reason);
    this.tell({ type: 'change', record, reason });
  }

  /** Another tab (of this site or another subdomain) may have stored a newer decision: take it. */
  private adoptFromOtherTab(): void {
    const stored = this.cookie?.read(this.currentOptions.policyVersion).current;
    const reason = stored && reasonForStoredDecision(this.record, stored);
    if (stored && reason) this.adopt(stored, reason);
  }

  private applyToPage(reason: ConsentChangeReason | null): void {
    this.pageEffects.apply(this.record, reason);
    for (const [category, waiters] of this.grantWaiters) {
      if (!isGranted(this.record, category)) continue;
      this.grantWaiters.delete(category);
      waiters.forEach((resolve) => resolve());
    }
  }

  private problem(problem: string, level: 'warn' | 'error' = 'warn'): void {
    this.tell({ type: 'problem', problem, level });
  }

  private unexpected(error: unknown): void {
    this.problem(`unexpected error, nothing more is granted: ${String(error)}`, 'error');
  }

  /** Nothing thrown by work the page triggers (another tab, idle work) escapes into the page. */
  private guarded(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.unexpected(error);
    }
  }
}

/** The browser's Global Privacy Control signal (`navigator.globalPrivacyControl`). */
export function globalPrivacyControl(): boolean {
  return (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
}
