import { html, nothing, type TemplateResult } from 'lit';
import { ref, createRef } from './element-ref.js';
import type { CategoryChoices, ConsentRecord, OptionalCategory } from '../../core/index.js';
import { OPERATOR_EMAIL, type Lang, type PreferencesTexts } from '../../i18n/index.js';
import { categoryServices } from './services-list.js';
import { fillIn } from './fill-in.js';
import { preferencesDialogCss } from './preferences-dialog.styles.js';
import { adoptSharedSheet } from './shared-sheet.js';
import type { ViewModel } from './view-model.js';

/** What the dialog asks of the view that holds it. */
export interface PreferencesHost {
  save(choices: CategoryChoices): void;
  /** «Закрыть» was pressed. */
  close(): void;
  /** The dialog closed (Escape, «Закрыть» or a decision). */
  closed(): void;
  /** Something inside changed: render again. */
  changed(): void;
}

/**
 * The preferences dialog: one switch per category, the services each may run, the visitor's record, the
 * operator's contacts. A chunk of its own with its texts: the banner alone never needs it.
 */
export class PreferencesDialog {
  readonly dialog = createRef<HTMLDialogElement>();
  /** The consent id was copied since the dialog opened. */
  private idCopied = false;

  constructor(
    readonly lang: Lang,
    private readonly texts: PreferencesTexts,
    private readonly root: ShadowRoot,
    private readonly host: PreferencesHost,
  ) {
    adoptSharedSheet(root, preferencesDialogCss);
  }

  /** Before opening: the switches show `choices`, and a copy of the id is forgotten. */
  reset(choices: CategoryChoices): void {
    this.idCopied = false;
    for (const input of this.dialog.value?.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]') ?? []) {
      input.checked = input.name === 'necessary' || choices[input.name as OptionalCategory] === true;
    }
  }

  /** Tab wraps around inside the dialog instead of leaving for the browser's toolbar. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
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
    this.host.save({ statistics: checked('statistics'), marketing: checked('marketing') });
  };

  /** Copies the consent id; where the clipboard is refused, selects it for the visitor to copy. */
  private readonly onCopyId = (): void => {
    const id = this.root.querySelector('.consent-id');
    const copied = (): void => {
      this.idCopied = true;
      this.host.changed();
    };
    const select = (): void => void (id && getSelection()?.selectAllChildren(id));
    if (!id?.textContent) return;
    if (navigator.clipboard) navigator.clipboard.writeText(id.textContent).then(copied, select);
    else select();
  };

  /** «Ваш выбор от <date>, ID <id>» with a copy button: what the visitor quotes when writing to the operator. */
  private recordTemplate(record: ConsentRecord): TemplateResult {
    const { texts } = this;
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

  template(model: ViewModel): TemplateResult {
    const { lang, categories, policyUrl, record, cookieName, cookieDays, receipts, disclosure } = model;
    const texts = { ...model.texts, ...this.texts };
    const mail = html`<a href="mailto:${OPERATOR_EMAIL}">${OPERATOR_EMAIL}</a>`;
    const rows: Array<'necessary' | OptionalCategory> = ['necessary', ...categories];
    return html` <dialog
      part="preferences"
      class="preferences"
      aria-labelledby="preferences-title"
      aria-describedby="preferences-intro"
      lang=${lang}
      ${ref(this.dialog)}
      @close=${() => this.host.closed()}
      @keydown=${this.onKeydown}
    >
      <form method="dialog" @submit=${this.onSave}>
        <div class="preferences-head">
          <h2 id="preferences-title" class="title">${texts.preferencesTitle}</h2>
          <button type="button" class="close" aria-label=${texts.close} @click=${() => this.host.close()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p id="preferences-intro" class="intro">
          ${fillIn(texts.preferencesIntro, { duration: texts.duration(cookieDays) })}
        </p>
        ${record ? this.recordTemplate(record) : nothing}
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
              ${
                necessary
                  ? html`<p class="own-cookie">
                      ${texts.cookiesLabel}: ${cookieName} — ${texts.duration(cookieDays)}.
                    </p>`
                  : disclosure
                    ? categoryServices(disclosure.categories[category], texts, lang)
                    : nothing
              }
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
