import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsentDecision, ConsentService } from '../api/consent-service.js';
import type { ConsoleTexts } from '../i18n/index.js';
import { formatDateTime, recentDays } from '../shared/dates.js';
import { renderLoad, track, type LoadState } from '../shared/load-state.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { navigate, pathOf } from '../shell/routes.js';

declare global {
  interface HTMLElementTagNameMap {
    'cap-consent-log-page': ConsentLogPage;
  }
}

/** The proof of one visitor's consent by the id they quote, and the CSV export of a period. */
@customElement('cap-consent-log-page')
export class ConsentLogPage extends LitElement {
  static override styles = [sharedStyles];

  @property({ attribute: false }) service!: ConsentService;
  @property({ attribute: false }) texts!: ConsoleTexts;
  @property({ attribute: false }) consentId: string | null = null;
  @property() override lang = 'ru';

  @state() private typedId = '';
  @state() private decisions: LoadState<ConsentDecision[]> | null = null;
  @state() private range = recentDays(30);
  @state() private rangeInvalid = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('consentId')) return;
    this.typedId = this.consentId ?? '';
    if (this.consentId) this.load(this.consentId);
    else this.decisions = null;
  }

  private load(id: string): void {
    void track(
      () => this.service.consent(id),
      this.texts,
      (loaded) => (this.decisions = loaded),
    );
  }

  private lookup(event: Event): void {
    event.preventDefault();
    const id = this.typedId.trim();
    if (id === this.consentId) this.load(id);
    else if (id) navigate(this, pathOf({ page: 'consents', consentId: id }));
  }

  private exportCsv(event: Event): void {
    event.preventDefault();
    this.rangeInvalid = this.range.to < this.range.from;
    if (this.rangeInvalid) return;
    const link = document.createElement('a');
    link.href = this.service.exportUrl(this.range.from, this.range.to);
    link.download = `consents-${this.range.from}-${this.range.to}.csv`;
    link.click();
  }

  override render(): TemplateResult {
    const t = this.texts.consents;
    return html`<h1>${t.title}</h1>
      <form class="panel" @submit=${this.lookup} aria-labelledby="lookup-title">
        <h2 id="lookup-title">${t.lookupTitle}</h2>
        <div class="row">
          <div class="field">
            <label for="consent-id">${t.consentId}</label>
            <input
              id="consent-id"
              size="40"
              required
              autocomplete="off"
              spellcheck="false"
              aria-describedby="consent-id-hint"
              .value=${this.typedId}
              @input=${(event: Event) => (this.typedId = (event.target as HTMLInputElement).value)}
            />
            <span class="hint" id="consent-id-hint">${t.consentIdHint}</span>
          </div>
          <div class="field"><button type="submit">${t.lookup}</button></div>
        </div>
      </form>
      ${
        this.decisions && this.consentId
          ? renderLoad(
              this.decisions,
              this.texts,
              () => this.load(this.consentId ?? ''),
              (decisions) => this.renderDecisions(this.consentId ?? '', decisions),
            )
          : nothing
      }
      ${this.renderExport()}`;
  }

  private renderDecisions(id: string, decisions: readonly ConsentDecision[]): TemplateResult {
    const t = this.texts.consents;
    if (decisions.length === 0) return html`<p class="status" role="status">${t.notFound(id)}</p>`;
    const choice = (granted: boolean): string => (granted ? t.granted : t.denied);
    return html`<table>
      <caption>
        ${t.decisionsCaption(id)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.decidedAt}</th>
          <th scope="col">${t.decision}</th>
          <th scope="col">${t.page}</th>
          <th scope="col">${t.policyVersion}</th>
          <th scope="col">${t.language}</th>
          <th scope="col">${t.receivedAt}</th>
        </tr>
      </thead>
      <tbody>
        ${decisions.map(
          (decision) =>
            html`<tr>
              <td><time datetime=${decision.timestamp}>${formatDateTime(decision.timestamp, this.lang)}</time></td>
              <td>
                ${
                  decision.decision.statistics || decision.decision.marketing
                    ? html`${t.statistics}: ${choice(decision.decision.statistics)}; ${t.marketing}:
                      ${choice(decision.decision.marketing)}`
                    : t.necessaryOnly
                }
              </td>
              <td>${decision.pageHost}${decision.pagePath}</td>
              <td>${decision.policyVersion}</td>
              <td>${decision.language}</td>
              <td><time datetime=${decision.receivedAt}>${formatDateTime(decision.receivedAt, this.lang)}</time></td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderExport(): TemplateResult {
    const t = this.texts.consents;
    const day = (key: 'from' | 'to') => (event: Event) => {
      this.range = { ...this.range, [key]: (event.target as HTMLInputElement).value };
    };
    return html`<form class="panel" @submit=${this.exportCsv} aria-labelledby="export-title">
      <h2 id="export-title">${t.exportTitle}</h2>
      <div class="row">
        <div class="field">
          <label for="export-from">${t.from}</label>
          <input id="export-from" type="date" required .value=${this.range.from} @input=${day('from')} />
        </div>
        <div class="field">
          <label for="export-to">${t.to}</label>
          <input
            id="export-to"
            type="date"
            required
            .value=${this.range.to}
            aria-invalid=${this.rangeInvalid ? 'true' : 'false'}
            aria-describedby=${this.rangeInvalid ? 'export-error' : nothing}
            @input=${day('to')}
          />
        </div>
        <div class="field"><button type="submit">${t.exportCsv}</button></div>
      </div>
      ${this.rangeInvalid ? html`<p class="error" id="export-error" role="alert">${t.badRange}</p>` : nothing}
    </form>`;
  }
}
