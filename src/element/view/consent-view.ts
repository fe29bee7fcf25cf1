import { html, nothing, render, type TemplateResult } from 'lit';
import { ref, createRef } from './element-ref.js';
import { OPERATOR_EMAIL, loadPreferencesTexts, type Lang } from '../../i18n/index.js';
import { consentViewCss } from './consent-view.styles.js';
import { adoptSharedSheet } from './shared-sheet.js';
import { focusPageAfter, isRendered } from './focus-after.js';
import { withRussianNamesMarked } from './operator-name.js';
import { recipientsLine } from './recipients.js';
import { fillIn } from './fill-in.js';
import { PageSpaceReservation } from './page-space.js';
import type { PreferencesDialog } from './preferences-dialog.js';
import type { ViewActions, ViewModel } from './view-model.js';

/**
 * The banner and the confirmation, and the preferences dialog once loaded, rendered with Lit into the host's
 * shadow root. Loaded lazily: a visitor who has decided never downloads it; the dialog is a chunk of its own.
 */
export class ConsentView {
  private readonly banner = createRef<HTMLElement>();
  private readonly confirmation = createRef<HTMLElement>();
  private readonly pageSpace = new PageSpaceReservation();
  private model?: ViewModel;
  private preferences?: PreferencesDialog;
  private returnFocusTo: HTMLElement | null = null;
  private focusConfirmationOnClose = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly root: ShadowRoot,
    private readonly actions: ViewActions,
  ) {
    adoptSharedSheet(root, consentViewCss);
  }

  render(model: ViewModel): void {
    const focusWasInside = this.host.matches(':focus-within');
    const previous = this.model;
    this.model = model;
    render(this.template(model), this.root, { host: this });
    const reserved = model.bannerOpen
      ? this.banner.value
      : model.confirmationOpen
        ? this.confirmation.value
        : undefined;
    this.pageSpace.reserveFor(reserved ?? null);
    if (focusWasInside && !this.preferencesOpen) this.keepFocus(previous, model);
  }

  /** The control that had focus may have just disappeared: send focus where the visitor expects it. */
  private keepFocus(previous: ViewModel | undefined, model: ViewModel): void {
    if (previous?.bannerOpen && !model.bannerOpen && model.confirmationOpen) {
      this.confirmation.value?.focus();
    } else if (previous?.confirmationOpen && !model.confirmationOpen && !model.bannerOpen) {
      focusPageAfter(this.host);
    }
  }

  /** The dialog has been loaded: later renders need its texts in their language too. */
  get preferencesLoaded(): boolean {
    return this.preferences !== undefined;
  }

  /** Loads the preferences dialog and its texts in `lang` (once per language); render() then shows it. */
  async loadPreferences(lang: Lang): Promise<void> {
    if (this.preferences?.lang === lang) return;
    const [{ PreferencesDialog }, texts] = await Promise.all([
      import('./preferences-dialog.js'),
      loadPreferencesTexts(lang),
    ]);
    this.preferences = new PreferencesDialog(lang, texts, this.root, {
      save: (choices) => this.actions.save(choices),
      close: () => this.closePreferences(),
      closed: this.onDialogClose,
      changed: () => this.model && this.render(this.model),
    });
  }

  private get dialog(): HTMLDialogElement | undefined {
    return this.preferences?.dialog.value;
  }

  /** Opens the preferences (loaded first) as a modal dialog; focus returns to `opener` when it closes. */
  openPreferences(opener: HTMLElement | null): void {
    const dialog = this.dialog;
    if (!dialog || !this.model || dialog.open) return;
    this.preferences!.reset(this.model.choices);
    this.render(this.model);
    this.returnFocusTo = opener;
    dialog.showModal();
  }

  /** Closes the preferences; after a decision focus goes to the confirmation, else back to the opener. */
  closePreferences(decided = false): void {
    if (!this.dialog?.open) return;
    this.focusConfirmationOnClose = decided;
    this.dialog.close();
    // At once, not in the dialog's close event (a task later): whoever hears cap-consent-hidden finds focus moved.
    this.restoreFocus();
  }

  get preferencesOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /**
   * Escape or «Закрыть» returns focus to the opener. After a decision, a button of the page
   * gets it back too (the live region announces the decision); a banner button that is gone
   * hands it to the confirmation.
   */
  private readonly onDialogClose = (): void => {
    this.restoreFocus();
    this.actions.preferencesClosed();
  };

  /** Once per opening: a second call (the close event after closePreferences) finds nothing to restore. */
  private restoreFocus(): void {
    const opener = this.returnFocusTo;
    const openerInPage = opener !== null && !this.root.contains(opener) && isRendered(opener);
    const target = this.focusConfirmationOnClose && !openerInPage ? this.confirmation.value : opener;
    this.returnFocusTo = null;
    this.focusConfirmationOnClose = false;
    if (target?.isConnected) target.focus();
  }

  private template(model: ViewModel): TemplateResult {
    return html`${this.bannerTemplate(model)}${this.confirmationTemplate(model)}${
      this.preferences?.template(model) ?? nothing
    }`;
  }

  private bannerTemplate({
    lang,
    texts,
    policyUrl,
    categories,
    disclosure,
    policyUpdated,
    globalPrivacyControl,
    bannerOpen,
  }: ViewModel): TemplateResult {
    return html` <section
      part="banner"
      class="bar banner"
      role="region"
      aria-label=${texts.regionLabel}
      lang=${lang}
      ?hidden=${!bannerOpen}
      ${ref(this.banner)}
    >
      <div class="bar-inner">
        <div class="text">
          <h2 class="title">${texts.title}</h2>
          ${policyUpdated ? html`<p class="updated" part="policy-updated">${texts.policyUpdated}</p>` : nothing}
          ${globalPrivacyControl ? html`<p class="updated" part="gpc-notice">${texts.globalPrivacyControl}</p>` : nothing}
          <div part="summary" class="summary">
            <slot name="summary">${withRussianNamesMarked(texts.summary(categories), lang)}</slot>${recipientsLine(
              disclosure,
              texts,
              lang,
            )}
            <span class="withdrawal">${fillIn(texts.withdrawal, { email: OPERATOR_EMAIL })}</span>
            <a part="policy-link" class="policy-link" href=${policyUrl} target="_blank" rel="noopener noreferrer"
              >${texts.policyLink}<span class="visually-hidden"> ${texts.opensInNewTab}</span></a
            >
          </div>
        </div>
        <div class="actions">
          <button type="button" part="accept-all" class="button primary" @click=${() => this.actions.acceptAll()}>
            ${texts.acceptAll}
          </button>
          <button
            type="button"
            part="accept-necessary"
            class="button primary"
            @click=${() => this.actions.acceptNecessary()}
          >
            ${texts.acceptNecessary}
          </button>
          <button
            type="button"
            part="settings"
            class="button secondary"
            aria-haspopup="dialog"
            @click=${() => this.actions.openPreferences()}
          >
            ${texts.settings}
          </button>
        </div>
      </div>
    </section>`;
  }

  private confirmationTemplate({ lang, texts, confirmationOpen }: ViewModel): TemplateResult {
    // Always rendered, only visually hidden while closed: a live region must exist before its text arrives.
    return html` <div
      part="confirmation"
      class="bar confirmation ${confirmationOpen ? 'open' : ''}"
      role="status"
      aria-live="polite"
      lang=${lang}
      tabindex="-1"
      ${ref(this.confirmation)}
    >
      ${
        confirmationOpen
          ? html`<div class="bar-inner">
              <p class="saved">${texts.saved}</p>
              <div class="actions">
                <button type="button" class="button secondary" @click=${() => this.actions.openPreferences()}>
                  ${texts.change}
                </button>
                <button type="button" class="button secondary" @click=${() => this.actions.dismissConfirmation()}>
                  ${texts.hideConfirmation}
                </button>
              </div>
            </div>`
          : nothing
      }
    </div>`;
  }
}
