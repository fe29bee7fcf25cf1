import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { ConsoleTexts } from '../i18n/index.js';
import { sharedStyles } from '../shared/shared.styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'cap-preview-pane': PreviewPane;
  }
}

/**
 * The real `<cap-consent>` with the draft config, in a same-origin frame whose
 * CSP lets no vendor tag load: the banner and the preferences the visitor will read.
 */
@customElement('cap-preview-pane')
export class PreviewPane extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      iframe {
        inline-size: 100%;
        block-size: 34rem;
        border: 1px solid var(--console-border, #8a96a8);
        border-radius: 8px;
        background: #fff;
        margin-block-start: 0.75rem;
      }
    `,
  ];

  @property({ attribute: false }) config: unknown = { pixels: [] };
  @property() override lang = 'ru';
  @property({ attribute: false }) texts!: ConsoleTexts;
  @query('iframe') private frame!: HTMLIFrameElement;
  private preferences = false;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('config') || changed.has('lang')) this.show();
  }

  private show(): void {
    this.frame?.contentWindow?.capConsentPreview?.show(this.config, this.lang, this.preferences);
  }

  private showing(preferences: boolean): void {
    this.preferences = preferences;
    this.show();
  }

  override render(): TemplateResult {
    const t = this.texts.pixels;
    return html`<section class="panel" aria-labelledby="preview-title">
      <h2 id="preview-title">${t.previewTitle}</h2>
      <div class="row">
        <button type="button" class="secondary" @click=${() => this.showing(false)}>${t.previewShowBanner}</button>
        <button type="button" class="secondary" @click=${() => this.showing(true)}>${t.previewShowPreferences}</button>
      </div>
      <iframe src="/console/preview.html" title=${t.previewFrameTitle} @load=${() => this.frameLoaded()}></iframe>
    </section>`;
  }

  /** The frame's script may still be loading after `load` of a module page: show once it says it is ready. */
  private frameLoaded(): void {
    const frameWindow = this.frame.contentWindow;
    if (frameWindow?.capConsentPreview) return this.show();
    frameWindow?.document.addEventListener('cap-consent-preview-ready', () => this.show(), { once: true });
  }
}
