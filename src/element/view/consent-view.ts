import { html, nothing, render, type TemplateResult } from 'lit';
import { ref, createRef } from './element-ref.js';
import type { CategoryChoices, ConsentRecord, OptionalCategory } from '../../core/index.js';
import { OPERATOR_EMAIL, type ConsentTexts } from '../../i18n/index.js';
import { consentViewStyleSheet } from './consent-view.styles.js';
import { focusPageAfter, isRendered } from './focus-after.js';
import { withRussianNamesMarked } from './operator-name.js';
import { categoryServices, recipientsLine } from './disclosure-view.js';
import { fillIn } from './fill-in.js';
import { PageSpaceReservation } from './page-space.js';
import type { ViewActions, ViewModel } from './view-model.js';

/**
 * The banner, the preferences dialog and the confirmation, rendered with Lit
 * into the host's shadow root. Loaded lazily: a visitor who has decided never
 * downloads it.
 */
export class ConsentView {
  private readonly banner = createRef<HTMLElement>();
  private readonly dialog = createRef<HTMLDialogElement>();
  private readonly confirmation = createRef<HTMLElement>();
  private readonly pageSpace = new PageSpaceReservation();
  private model?: ViewModel;
  /** The consent id was copied since the preferences opened. */
  private idCopied = false;
  private returnFocusTo: HTMLElement | null = null;
  private focusConfirmationOnClose = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly root: ShadowRoot,
    private readonly actions: ViewActions,
  ) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, consentViewStyleSheet()];
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

  /** Opens the preferences as a modal dialog; focus returns to `opener` when it closes. */
  openPreferences(opener: HTMLElement | null): void {
    const dialog = this.dialog.value;
    if (!dialog || !this.model) return;
    if (dialog.open) return;
    this.resetSwitches(dialog, this.model.choices);
    this.idCopied = false;
    this.render(this.model);
    this.returnFocusTo = opener;
    dialog.showModal();
  }

  /** Closes the preferences; after a decision focus goes to the confirmation, else back to the opener. */
  closePreferences(decided = false): void {
    if (!this.dialog.value?.open) return;
    this.focusConfirmationOnClose = decided;
    this.dialog.value.close();
    // At once, not in the dialog's close event (a task later): whoever hears cap-consent-hidden finds focus moved.
    this.restoreFocus();
  }

  get preferencesOpen(): boolean {
    return this.dialog.value?.open ?? false;
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

  /** Tab wraps around inside the dialog instead of leaving for the browser's toolbar. */
  private readonly onDialogKeydown = (event: KeyboardEvent): void => {
    const dialog = this.dialog.value;
    if (event.key !== 'Tab' || !dialog) return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('button, input:not([disabled]), a[href]')];
    const edge = event.shiftKey ? focusable[0] : focusable[focusable.length - 1];
    if (this.root.activeElement !== edge) return;
    event.preventDefault();
    (event.shiftKey ? focusable[focusable.length - 1] : focusable[0])?.focus();
  };

  private readonly onSave = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const checked = (name: OptionalCategory): boolean =>
      (form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;
    this.actions.save({ statistics: checked('statistics'), marketing: checked('marketing') });
  };

  /** Copies the consent id; where the clipboard is refused, selects it for the visitor to copy. */
  private readonly onCopyId = (): void => {
    const id = this.root.querySelector('.consent-id');
    const copied = (): void => {
      this.idCopied = true;
      if (this.model) this.render(this.model);
    };
    const select = (): void => void (id && getSelection()?.selectAllChildren(id));
    if (!id?.textContent) return;
    if (navigator.clipboard) navigator.clipboard.writeText(id.textContent).then(copied, select);
    else select();
  };

  private resetSwitches(dialog: HTMLDialogElement, choices: CategoryChoices): void {
    for (const input of dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')) {
      input.checked = input.name === 'necessary' || choices[input.name as OptionalCategory] === true;
    }
  }

  private template(model: ViewModel): TemplateResult {
    return html`${this.bannerTemplate(model)}${this.confirmationTemplate(model)}${this.preferencesTemplate(model)}`;
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
            <span part="withdrawal">${fillIn(texts.withdrawal, { email: OPERATOR_EMAIL })}</span>
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

  /** «Ваш выбор от <date>, ID <id>» with a copy button: what the visitor quotes when writing to the operator. */
  private recordTemplate(record: ConsentRecord, texts: ConsentTexts): TemplateResult {
    const decidedAt = new Date(record.decidedAt);
    return html`<p class="record" part="record">
      ${fillIn(texts.yourChoice, {
        date: html`<time datetime=${decidedAt.toISOString()}>${texts.dateTime(decidedAt)}</time>`,
        id: html`<code class="consent-id">${record.id}</code>`,
      })}
      <button type="button" class="button secondary copy" part="copy-id" @click=${this.onCopyId}>
        ${texts.copyId}
      </button>
      <span role="status" class="copied">${this.idCopied ? `✓ ${texts.idCopied}` : ''}</span>
    </p>`;
  }

  private preferencesTemplate({
    lang,
    texts,
    categories,
    policyUrl,
    record,
    cookieDays,
    receipts,
    disclosure,
  }: ViewModel): TemplateResult {
    const mail = html`<a href="mailto:${OPERATOR_EMAIL}">${OPERATOR_EMAIL}</a>`;
    const rows: Array<'necessary' | OptionalCategory> = ['necessary', ...categories];
    return html` <dialog
      part="preferences"
      class="preferences"
      aria-labelledby="preferences-title"
      aria-describedby="preferences-intro"
      lang=${lang}
      ${ref(this.dialog)}
      @close=${this.onDialogClose}
      @keydown=${this.onDialogKeydown}
    >
      <form method="dialog" @submit=${this.onSave}>
        <div class="preferences-head">
          <h2 id="preferences-title" class="title">${texts.preferencesTitle}</h2>
          <button type="button" class="close" aria-label=${texts.close} @click=${() => this.closePreferences()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p id="preferences-intro" class="intro">
          ${fillIn(texts.preferencesIntro, { duration: texts.duration(cookieDays) })}
        </p>
        ${record ? this.recordTemplate(record, texts) : nothing}
        ${record && receipts ? html`<p class="note">${texts.receiptKept}</p>` : nothing}
        <ul class="categories">
          ${rows.map((category) => {
            const { name, description } = texts.categories[category];
            const necessary = category === 'necessary';
            return html` <li class="category">
              <input
                type="checkbox"
                class="switch"
                id="category-${category}"
                name=${category}
                ?disabled=${necessary}
                aria-describedby="category-${category}-description"
              />
              <label for="category-${category}">${name}</label>
              <p id="category-${category}-description" class="description">
                ${description}${necessary ? html` <strong>${texts.alwaysOn}.</strong>` : nothing}
              </p>
              ${necessary || !disclosure ? nothing : categoryServices(disclosure.categories[category], texts, lang)}
            </li>`;
          })}
        </ul>
        <div class="actions">
          <button type="submit" part="save" class="button primary">${texts.save}</button>
        </div>
        <p class="note contact">
          ${fillIn(texts.contact, { email: mail })}
          <a href=${policyUrl} target="_blank" rel="noopener noreferrer"
            >${texts.policyLink}<span class="visually-hidden"> ${texts.opensInNewTab}</span></a
          >
        </p>
      </form>
    </dialog>`;
  }
}
