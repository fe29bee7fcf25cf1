import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PRESET_NAMES, VENDORS, type PresetName } from 'cap-consent/core';
import type { ConsentService, PublishedConfig } from '../api/consent-service.js';
import { SessionExpiredError } from '../api/service-client.js';
import type { ConsoleTexts } from '../i18n/index.js';
import { describeFailure, LOADING, renderLoad, track, type LoadState } from '../shared/load-state.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { pathOf } from '../shell/routes.js';
import '../preview/preview-pane.js';
import './pixel-row.js';
import type { PixelEditDetail } from './pixel-row.js';
import {
  addPlainPixel,
  addPresetPixel,
  draftFromConfig,
  draftProblems,
  fileProblems,
  removePixel,
  sameConfig,
  setPixelField,
  type Draft,
} from './pixel-draft.js';

type PublishState =
  | { readonly status: 'idle' }
  | { readonly status: 'publishing' }
  | { readonly status: 'done'; readonly message: string }
  | { readonly status: 'refused'; readonly message: string; readonly details: readonly string[] };

const PLAIN = 'src';

declare global {
  interface HTMLElementTagNameMap {
    'cap-pixels-page': PixelsPage;
  }
}

/** A site's pixels: the draft editor, the preview, import and download, and Publish with a comment. */
@customElement('cap-pixels-page')
export class PixelsPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr);
        gap: 1.5rem;
        align-items: start;
      }
      @media (max-width: 60rem) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      ul.pixels {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.75rem;
      }
      textarea {
        inline-size: 100%;
        min-block-size: 4rem;
      }
      .file {
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
      }
    `,
  ];

  @property({ attribute: false }) service!: ConsentService;
  @property({ attribute: false }) texts!: ConsoleTexts;
  @property() site = '';
  @property() override lang = 'ru';

  @state() private published: LoadState<PublishedConfig> = LOADING;
  @state() private draft: Draft = { pixels: [] };
  @state() private comment = '';
  @state() private adding: PresetName | typeof PLAIN = PRESET_NAMES[0];
  @state() private plainSrc = '';
  @state() private publishState: PublishState = { status: 'idle' };
  @state() private fileMessage: { text: string; failed: boolean } | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('site')) this.load();
  }

  private load(): void {
    this.publishState = { status: 'idle' };
    void track(
      () => this.service.publishedConfig(this.site),
      this.texts,
      (loaded) => {
        this.published = loaded;
        if (loaded.status === 'ready') this.draft = draftFromConfig(loaded.value.config);
      },
    );
  }

  private onEdit(event: CustomEvent<PixelEditDetail>): void {
    const { index, field, value } = event.detail;
    this.draft = setPixelField(this.draft, index, field, value);
  }

  private addPixel(): void {
    this.draft =
      this.adding === PLAIN ? addPlainPixel(this.draft, this.plainSrc) : addPresetPixel(this.draft, this.adding);
    this.plainSrc = '';
  }

  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const t = this.texts.pixels;
    try {
      const config: unknown = JSON.parse(await file.text());
      const problems = fileProblems(config);
      if (problems.length) throw new Error(problems.join('; '));
      this.draft = draftFromConfig(config);
      this.fileMessage = { text: t.importDone(file.name), failed: false };
    } catch (error) {
      this.fileMessage = { text: t.importFailed(file.name, (error as Error).message), failed: true };
    }
    input.value = '';
  }

  private async publish(event: Event): Promise<void> {
    event.preventDefault();
    const t = this.texts.pixels;
    const problems = draftProblems(this.draft);
    if (problems.size > 0) {
      this.publishState = { status: 'refused', message: t.refused(problems.size), details: [] };
      return;
    }
    if (this.published.status !== 'ready') return;
    const basedOn = this.published.value;
    if (sameConfig(basedOn.config, this.draft)) {
      this.publishState = { status: 'refused', message: t.unchanged, details: [] };
      return;
    }
    this.publishState = { status: 'publishing' };
    try {
      const { version, etag } = await this.service.publish(this.site, this.draft, this.comment.trim(), basedOn.etag);
      this.published = { status: 'ready', value: { config: this.draft, etag } };
      this.comment = '';
      this.publishState = { status: 'done', message: t.published(version) };
    } catch (error) {
      if (error instanceof SessionExpiredError) {
        this.publishState = { status: 'idle' };
        return;
      }
      const body = (error as { body?: { problems?: unknown } }).body;
      const details = Array.isArray(body?.problems) ? body.problems.map(String) : [];
      const conflict = (error as { status?: number }).status === 412;
      this.publishState = {
        status: 'refused',
        message: conflict ? t.conflict : details.length ? t.refusedByService : describeFailure(error, this.texts),
        details,
      };
    }
  }

  override render(): TemplateResult {
    const t = this.texts.pixels;
    return html`<h1>${t.title(this.site)}</h1>
      <p class="row">
        <a href=${pathOf({ page: 'history', site: this.site })}>${t.historyLink}</a>
        <a href="/v1/sites/${encodeURIComponent(this.site)}/consent.json" download="consent.json">${t.download}</a>
      </p>
      ${renderLoad(
        this.published,
        this.texts,
        () => this.load(),
        (published) => this.renderEditor(published.config),
      )}`;
  }

  private renderEditor(published: unknown): TemplateResult {
    const t = this.texts.pixels;
    const problems = draftProblems(this.draft);
    const changed = !sameConfig(published, this.draft);
    return html`<div class="layout">
      <div>
        ${published === null ? html`<p class="status">${t.noConfig}</p>` : nothing}
        <section aria-labelledby="pixels-title">
          <h2 id="pixels-title">${t.listLabel}</h2>
          ${
            this.draft.pixels.length === 0
              ? html`<p>${t.empty}</p>`
              : html`<ul class="pixels" @pixel-edit=${this.onEdit} @pixel-remove=${this.onRemove}>
                  ${this.draft.pixels.map(
                    (pixel, index) =>
                      html`<li>
                        <cap-pixel-row
                          .pixel=${pixel}
                          .index=${index}
                          .problem=${problems.get(index)}
                          .texts=${this.texts}
                        ></cap-pixel-row>
                      </li>`,
                  )}
                </ul>`
          }
        </section>
        ${this.renderAdd()} ${this.renderFile()} ${this.renderPublish(changed)}
      </div>
      <cap-preview-pane .config=${this.draft} .texts=${this.texts} lang=${this.lang}></cap-preview-pane>
    </div>`;
  }

  private readonly onRemove = (event: CustomEvent<{ index: number }>): void => {
    this.draft = removePixel(this.draft, event.detail.index);
  };

  private renderAdd(): TemplateResult {
    const t = this.texts.pixels;
    return html`<section class="panel" aria-labelledby="add-title">
      <h2 id="add-title">${t.addTitle}</h2>
      <div class="row">
        <div class="field">
          <label for="add-kind">${t.addPreset}</label>
          <select
            id="add-kind"
            @change=${(event: Event) => (this.adding = (event.target as HTMLSelectElement).value as PresetName)}
          >
            ${PRESET_NAMES.map(
              (preset) =>
                html`<option value=${preset} ?selected=${this.adding === preset}>${VENDORS[preset].service}</option>`,
            )}
            <option value=${PLAIN} ?selected=${this.adding === PLAIN}>${t.addPlainOption}</option>
          </select>
        </div>
        ${
          this.adding === PLAIN
            ? html`<div class="field">
                <label for="add-src">${t.addPlain}</label>
                <input
                  id="add-src"
                  type="url"
                  .value=${this.plainSrc}
                  @input=${(event: Event) => (this.plainSrc = (event.target as HTMLInputElement).value)}
                />
              </div>`
            : nothing
        }
        <div class="field"><button type="button" @click=${this.addPixel}>${t.add}</button></div>
      </div>
    </section>`;
  }

  private renderFile(): TemplateResult {
    const t = this.texts.pixels;
    return html`<section class="panel file">
      <label class="label" for="import">${t.importLabel}</label>
      <input id="import" type="file" accept=".json,application/json" @change=${this.importFile} />
      ${
        this.fileMessage
          ? html`<p class="status ${this.fileMessage.failed ? 'failed' : 'done'}" role="status">
              ${this.fileMessage.text}
            </p>`
          : nothing
      }
    </section>`;
  }

  private renderPublish(changed: boolean): TemplateResult {
    const t = this.texts.pixels;
    const state = this.publishState;
    return html`<form class="panel" aria-labelledby="publish-title" @submit=${this.publish}>
      <h2 id="publish-title">${t.publishTitle}</h2>
      ${changed ? html`<p>${t.draftChanged}</p>` : nothing}
      <div class="field">
        <label for="comment">${t.comment}</label>
        <textarea
          id="comment"
          aria-describedby="comment-hint"
          .value=${this.comment}
          @input=${(event: Event) => (this.comment = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <span class="hint" id="comment-hint">${t.commentHint}</span>
      </div>
      <button type="submit" ?disabled=${state.status === 'publishing'}>
        ${state.status === 'publishing' ? t.publishing : t.publish}
      </button>
      <div role="status" aria-live="polite">
        ${state.status === 'done' ? html`<p class="status done">${state.message}</p>` : nothing}
        ${
          state.status === 'refused'
            ? html`<div class="status failed">
                <p>${state.message}</p>
                ${
                  state.details.length
                    ? html`<ul lang="en">
                        ${state.details.map((line) => html`<li>${line}</li>`)}
                      </ul>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </div>
    </form>`;
  }
}
