import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsentService } from '../api/consent-service.js';
import type { ConsoleTexts } from '../i18n/index.js';
import { LOADING, renderLoad, track, type LoadState } from '../shared/load-state.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { navigate, pathOf } from '../shell/routes.js';

const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

declare global {
  interface HTMLElementTagNameMap {
    'cap-sites-page': SitesPage;
  }
}

/** The sites with a published consent.json, and a way to start one for another host. */
@customElement('cap-sites-page')
export class SitesPage extends LitElement {
  static override styles = [sharedStyles];

  @property({ attribute: false }) service!: ConsentService;
  @property({ attribute: false }) texts!: ConsoleTexts;

  @state() private sites: LoadState<string[]> = LOADING;
  @state() private host = '';
  @state() private hostInvalid = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.load();
  }

  private load(): void {
    void track(
      () => this.service.sites(),
      this.texts,
      (loaded) => (this.sites = loaded),
    );
  }

  private open(event: Event): void {
    event.preventDefault();
    const host = this.host.trim().toLowerCase();
    this.hostInvalid = !HOST_NAME.test(host);
    if (!this.hostInvalid) navigate(this, pathOf({ page: 'pixels', site: host }));
  }

  override render(): TemplateResult {
    const t = this.texts.sites;
    return html`<h1>${t.title}</h1>
      <p>${t.intro}</p>
      ${renderLoad(
        this.sites,
        this.texts,
        () => this.load(),
        (sites) =>
          sites.length
            ? html`<ul>
                ${sites.map((site) => html`<li><a href=${pathOf({ page: 'pixels', site })}>${site}</a></li>`)}
              </ul>`
            : html`<p>${t.empty}</p>`,
      )}
      <form class="panel row" @submit=${this.open} novalidate>
        <div class="field">
          <label for="host">${t.newSite}</label>
          <input
            id="host"
            .value=${this.host}
            aria-invalid=${this.hostInvalid ? 'true' : 'false'}
            aria-describedby=${this.hostInvalid ? 'host-hint host-error' : 'host-hint'}
            autocomplete="off"
            @input=${(event: Event) => (this.host = (event.target as HTMLInputElement).value)}
          />
          <span class="hint" id="host-hint">${t.newSiteHint}</span>
          ${this.hostInvalid ? html`<span class="error" id="host-error">${t.badHost}</span>` : nothing}
        </div>
        <div class="field"><button type="submit">${t.open}</button></div>
      </form>`;
  }
}
