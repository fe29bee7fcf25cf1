import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsentService, ReportRow } from '../api/consent-service.js';
import type { ConsoleTexts } from '../i18n/index.js';
import { isDay, recentDays } from '../shared/dates.js';
import { LOADING, renderLoad, track, type LoadState } from '../shared/load-state.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { navigate, pathOf } from '../shell/routes.js';
import { dailyRates, periodRates, type DailyRates } from './daily-rates.js';
import './rates-chart.js';

declare global {
  interface HTMLElementTagNameMap {
    'cap-reports-page': ReportsPage;
  }
}

/** Consent rates per day for one site or all, a chart and the same numbers as a table; the period is in the address. */
@customElement('cap-reports-page')
export class ReportsPage extends LitElement {
  static override styles = [sharedStyles];

  @property({ attribute: false }) service!: ConsentService;
  @property({ attribute: false }) texts!: ConsoleTexts;
  @property({ attribute: false }) query = new URLSearchParams();
  @property() override lang = 'ru';

  @state() private report: LoadState<ReportRow[]> = LOADING;
  @state() private sites: string[] = [];
  @state() private form = { site: '', ...recentDays(30) };

  override connectedCallback(): void {
    super.connectedCallback();
    this.service.sites().then(
      (sites) => (this.sites = sites),
      () => (this.sites = []),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('query')) return;
    const from = this.query.get('from');
    const to = this.query.get('to');
    this.form = {
      site: this.query.get('site') ?? '',
      ...(isDay(from) && isDay(to) && from <= to ? { from, to } : recentDays(30)),
    };
    this.load();
  }

  private load(): void {
    const { site, from, to } = this.form;
    void track(
      () => this.service.report(from, to, site || null),
      this.texts,
      (loaded) => (this.report = loaded),
    );
  }

  private show(event: Event): void {
    event.preventDefault();
    const { site, from, to } = this.form;
    const query = new URLSearchParams({ ...(site ? { site } : {}), from, to });
    navigate(this, pathOf({ page: 'reports', query }));
  }

  override render(): TemplateResult {
    const t = this.texts.reports;
    const sites = [...new Set([...this.sites, ...(this.form.site ? [this.form.site] : [])])].sort();
    const field = (key: 'from' | 'to') => (event: Event) => {
      this.form = { ...this.form, [key]: (event.target as HTMLInputElement).value };
    };
    return html`<h1>${t.title}</h1>
      <form class="panel row" @submit=${this.show}>
        <div class="field">
          <label for="site">${t.site}</label>
          <select
            id="site"
            @change=${(event: Event) => (this.form = { ...this.form, site: (event.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${this.form.site === ''}>${t.allSites}</option>
            ${sites.map((site) => html`<option value=${site} ?selected=${this.form.site === site}>${site}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="from">${t.from}</label>
          <input id="from" type="date" required .value=${this.form.from} max=${this.form.to} @input=${field('from')} />
        </div>
        <div class="field">
          <label for="to">${t.to}</label>
          <input id="to" type="date" required .value=${this.form.to} min=${this.form.from} @input=${field('to')} />
        </div>
        <div class="field"><button type="submit">${t.show}</button></div>
      </form>
      ${renderLoad(
        this.report,
        this.texts,
        () => this.load(),
        (rows) => this.renderReport(rows),
      )}`;
  }

  private renderReport(rows: readonly ReportRow[]): TemplateResult {
    const t = this.texts.reports;
    if (rows.length === 0) return html`<p class="status" role="status">${t.empty}</p>`;
    const site = this.form.site || t.allSites;
    const { from, to } = this.form;
    const days = dailyRates(rows);
    const names = { statistics: t.statistics, marketing: t.marketing, necessaryOnly: t.necessaryOnly };
    return html`<cap-rates-chart
        .days=${days}
        .names=${names}
        label=${t.chartLabel(site, from, to)}
        lang=${this.lang}
      ></cap-rates-chart>
      <table>
        <caption>
          ${t.tableCaption(site, from, to)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.day}</th>
            <th scope="col" class="number">${t.decisions}</th>
            <th scope="col" class="number">${t.statistics}</th>
            <th scope="col" class="number">${t.marketing}</th>
            <th scope="col" class="number">${t.necessaryOnly}</th>
          </tr>
        </thead>
        <tbody>
          ${days.map((day) => this.renderRow(day, day.day))}
        </tbody>
        <tfoot>
          ${this.renderRow(periodRates(rows), t.total)}
        </tfoot>
      </table>`;
  }

  private renderRow(rates: DailyRates, label: string): TemplateResult {
    const percent = new Intl.NumberFormat(this.lang, { style: 'percent', maximumFractionDigits: 1 });
    return html`<tr>
      <th scope="row">${label}</th>
      <td class="number">${rates.decisions}</td>
      <td class="number">${percent.format(rates.statistics)}</td>
      <td class="number">${percent.format(rates.marketing)}</td>
      <td class="number">${percent.format(rates.necessaryOnly)}</td>
    </tr>`;
  }
}
