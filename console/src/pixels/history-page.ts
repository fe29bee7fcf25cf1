import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsentService, SiteVersion } from '../api/consent-service.js';
import { SessionExpiredError } from '../api/service-client.js';
import type { ConsoleTexts } from '../i18n/index.js';
import { describeFailure, LOADING, renderLoad, track, type LoadState } from '../shared/load-state.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { formatDateTime } from '../shared/dates.js';
import { pathOf } from '../shell/routes.js';
import { configChanges, type ConfigChange } from './config-changes.js';
import { versionBodies } from './version-bodies.js';

declare global {
  interface HTMLElementTagNameMap {
    'cap-history-page': HistoryPage;
  }
}

/** A site's publications, newest first: who, when, why, what changed; and Roll back. */
@customElement('cap-history-page')
export class HistoryPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ol.versions {
        list-style: none;
        padding: 0;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      dd ul {
        margin: 0;
        padding-inline-start: 1.2rem;
      }
      pre {
        white-space: pre-wrap;
        font-size: 0.85rem;
      }
    `,
  ];

  @property({ attribute: false }) service!: ConsentService;
  @property({ attribute: false }) texts!: ConsoleTexts;
  @property() site = '';
  @property() override lang = 'ru';

  @state() private versions: LoadState<SiteVersion[]> = LOADING;
  @state() private outcome: { text: string; failed: boolean } | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('site')) this.load();
  }

  private load(): void {
    void track(
      () => this.service.history(this.site),
      this.texts,
      (loaded) => (this.versions = loaded),
    );
  }

  private async rollback(version: number): Promise<void> {
    const t = this.texts.history;
    try {
      const restored = await this.service.rollback(this.site, version);
      this.outcome = { text: t.rolledBack(version, restored.version), failed: false };
      this.load();
    } catch (error) {
      if (!(error instanceof SessionExpiredError))
        this.outcome = { text: describeFailure(error, this.texts), failed: true };
    }
  }

  private describe(change: ConfigChange): string {
    const t = this.texts.history.change;
    return change.kind === 'field'
      ? t.field(change.name, change.field, change.from, change.to)
      : t[change.kind](change.name);
  }

  override render(): TemplateResult {
    const t = this.texts.history;
    return html`<h1>${t.title(this.site)}</h1>
      <p><a href=${pathOf({ page: 'pixels', site: this.site })}>${t.back}</a></p>
      <div role="status" aria-live="polite">
        ${this.outcome ? html`<p class="status ${this.outcome.failed ? 'failed' : 'done'}">${this.outcome.text}</p>` : nothing}
      </div>
      ${renderLoad(
        this.versions,
        this.texts,
        () => this.load(),
        (versions) => this.renderVersions(versions),
      )}`;
  }

  private renderVersions(versions: readonly SiteVersion[]): TemplateResult {
    const t = this.texts.history;
    if (versions.length === 0) return html`<p>${t.empty}</p>`;
    const newestFirst = [...versions].sort((a, b) => b.version - a.version);
    const bodies = versionBodies(versions);
    return html`<ol reversed class="versions">
      ${newestFirst.map((entry, at) => {
        const body = bodies.get(entry.version);
        const changes = body === undefined ? null : configChanges(bodies.get(entry.version - 1) ?? null, body);
        return html`<li class="panel">
          <h2>${t.version(entry.version)}${at === 0 ? html` (${t.current})` : nothing}</h2>
          <dl>
            <dt>${t.by}</dt>
            <dd>${entry.author}</dd>
            <dt>${t.at}</dt>
            <dd><time datetime=${entry.createdAt}>${formatDateTime(entry.createdAt, this.lang)}</time></dd>
            <dt>${t.comment}</dt>
            <dd>${entry.comment || t.noComment}</dd>
            <dt>${t.changes}</dt>
            <dd>
              ${
                changes === null
                  ? html`<pre lang="en">${entry.diff}</pre>`
                  : changes.length
                    ? html`<ul>
                        ${changes.map((change) => html`<li>${this.describe(change)}</li>`)}
                      </ul>`
                    : t.noChanges
              }
            </dd>
          </dl>
          ${
            at === 0
              ? nothing
              : html`<button type="button" class="secondary" @click=${() => this.rollback(entry.version)}>
                  ${t.rollback(entry.version)}
                </button>`
          }
        </li>`;
      })}
    </ol>`;
  }
}
