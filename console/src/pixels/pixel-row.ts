import { html, LitElement, nothing, css, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { VENDORS } from 'cap-consent/core';
import type { ConsoleTexts } from '../i18n/index.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { pixelName, presetOf, type DraftPixel, type PixelProblem } from './pixel-draft.js';

export interface PixelEditDetail {
  readonly index: number;
  readonly field: string;
  readonly value: unknown;
}

/** "a, b*" → ["a", "b*"]; nothing typed removes the key. */
const cookieList = (text: string): string[] =>
  text
    .split(',')
    .map((cookie) => cookie.trim())
    .filter(Boolean);

interface TextFieldOptions {
  readonly hint?: string | null;
  readonly optional?: boolean;
  readonly parse?: (text: string) => unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    'cap-pixel-row': PixelRow;
  }
  interface HTMLElementEventMap {
    'pixel-edit': CustomEvent<PixelEditDetail>;
    'pixel-remove': CustomEvent<{ index: number }>;
  }
}

/**
 * One pixel of the draft: its switch (named after the pixel), the vendor's
 * facts, and a form built from the vendor table; the validator's message sits
 * under the field it names and is tied to it with `aria-describedby`.
 */
@customElement('cap-pixel-row')
export class PixelRow extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        border: 1px solid var(--console-border, #8a96a8);
        border-radius: 8px;
        padding: 0.75rem 1rem;
        background: #fff;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        justify-content: space-between;
      }
      .switch {
        display: inline-flex;
        align-items: center;
        gap: 0.6rem;
        font-weight: 600;
        font-size: 1.05rem;
        cursor: pointer;
      }
      .switch input {
        appearance: none;
        inline-size: 2.75rem;
        block-size: 1.5rem;
        min-height: 0;
        padding: 0;
        border-radius: 1rem;
        border: 2px solid var(--console-muted, #4a5566);
        background: #fff;
        position: relative;
        cursor: pointer;
        margin: 0;
      }
      .switch input::after {
        content: '';
        position: absolute;
        inset-block-start: 2px;
        inset-inline-start: 2px;
        inline-size: 1rem;
        block-size: 1rem;
        border-radius: 50%;
        background: var(--console-muted, #4a5566);
      }
      .switch input:checked {
        background: var(--console-accent, #0b57a4);
        border-color: var(--console-accent, #0b57a4);
      }
      .switch input:checked::after {
        inset-inline-start: auto;
        inset-inline-end: 2px;
        background: #fff;
      }
      .state {
        font-weight: 400;
        color: var(--console-muted, #4a5566);
      }
      .facts {
        margin: 0.25rem 0 0.75rem;
        color: var(--console-muted, #4a5566);
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 0 1rem;
      }
    `,
  ];

  @property({ attribute: false }) pixel: DraftPixel = {};
  @property({ type: Number }) index = 0;
  @property({ attribute: false }) problem?: PixelProblem;
  @property({ attribute: false }) texts!: ConsoleTexts;

  private edit(field: string, value: unknown): void {
    const detail: PixelEditDetail = { index: this.index, field, value };
    this.dispatchEvent(new CustomEvent('pixel-edit', { detail, bubbles: true, composed: true }));
  }

  private removePixel(): void {
    this.dispatchEvent(
      new CustomEvent('pixel-remove', { detail: { index: this.index }, bubbles: true, composed: true }),
    );
  }

  /** The field the validator's message is tied to: the one it names, or the id when the row does not show that one. */
  private problemField(shown: readonly string[]): string | null {
    if (!this.problem) return null;
    return this.problem.fields.find((field) => shown.includes(field)) ?? 'id';
  }

  /**
   * A text input. `optional`: clearing it removes the key. `parse`: the value
   * is taken when the field is left (a list re-joined while typing would fight the cursor).
   */
  private textField(
    field: string,
    label: string,
    shown: readonly string[],
    { hint = null, optional = false, parse }: TextFieldOptions = {},
  ): TemplateResult {
    const value = this.pixel[field];
    const text = Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value);
    const invalid = this.problemField(shown) === field;
    const describedBy = [hint ? `${field}-hint` : '', invalid ? `${field}-error` : ''].filter(Boolean).join(' ');
    const handler = (event: Event): void => {
      const typed = (event.target as HTMLInputElement).value;
      this.edit(field, optional && typed.trim() === '' ? undefined : parse ? parse(typed) : typed);
    };
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <input
        id=${field}
        name=${field}
        .value=${text}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        autocomplete="off"
        spellcheck="false"
        @input=${parse ? nothing : handler}
        @change=${parse ? handler : nothing}
      />
      ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : nothing}
      ${invalid ? this.renderProblem(field) : nothing}
    </div>`;
  }

  private renderProblem(field: string): TemplateResult {
    return html`<span class="error" id="${field}-error"
      >${this.texts.pixels.problemPrefix} <span lang="en">${this.problem?.message}</span></span
    >`;
  }

  override render(): TemplateResult {
    const { texts, pixel } = this;
    const t = texts.pixels;
    const preset = presetOf(pixel);
    const vendor = preset ? VENDORS[preset] : null;
    const name = pixelName(pixel);
    const enabled = pixel.enabled === true;
    const shown = ['id', 'category', ...(vendor ? [vendor.idField] : []), 'src', 'cookies'];
    return html`<div class="head">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            .checked=${enabled}
            @change=${(event: Event) => this.edit('enabled', (event.target as HTMLInputElement).checked)}
          />
          <span>${t.switchLabel(name)}</span>
          <span class="state" aria-hidden="true">${enabled ? t.on : t.off}</span>
        </label>
        <button type="button" class="secondary" @click=${this.removePixel}>${t.remove(name)}</button>
      </div>
      <p class="facts">
        ${t.vendor}:
        ${vendor ? html`${vendor.service} — ${t.provider(vendor.provider, vendor.country)}` : t.plainScript}
      </p>
      <div class="fields">
        ${this.textField('id', t.idLabel, shown)}
        <div class="field">
          <label for="category">${t.category}</label>
          <select
            id="category"
            aria-invalid=${this.problemField(shown) === 'category' ? 'true' : 'false'}
            aria-describedby=${this.problemField(shown) === 'category' ? 'category-error' : nothing}
            @change=${(event: Event) => this.edit('category', (event.target as HTMLSelectElement).value)}
          >
            ${(['statistics', 'marketing'] as const).map(
              (category) =>
                html`<option value=${category} ?selected=${pixel.category === category}>
                  ${t.categories[category]}
                </option>`,
            )}
          </select>
          ${this.problemField(shown) === 'category' ? this.renderProblem('category') : nothing}
        </div>
        ${
          vendor
            ? this.textField(
                vendor.idField,
                `${t.vendorIdLabels[vendor.idField] ?? vendor.idField} (${vendor.idField})`,
                shown,
                {
                  hint: t.vendorIdHint(vendor.idExample),
                },
              )
            : nothing
        }
        ${this.textField('src', t.srcLabel, shown, { hint: vendor ? t.srcHintPreset : t.srcHintPlain, optional: true })}
        ${this.textField('cookies', t.cookiesLabel, shown, { hint: t.cookiesHint, optional: true, parse: cookieList })}
      </div>`;
  }
}
