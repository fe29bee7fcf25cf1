import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { DailyRates } from './daily-rates.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

export interface RateSeriesNames {
  readonly statistics: string;
  readonly marketing: string;
  readonly necessaryOnly: string;
}

/** Colours (≥ 3:1 against white), dash patterns and point shapes, so the series differ without colour too. */
const SERIES = [
  { key: 'statistics', color: '#0b57a4', dash: [], point: 'circle' },
  { key: 'marketing', color: '#a4400b', dash: [8, 4], point: 'triangle' },
  { key: 'necessaryOnly', color: '#3d6b1e', dash: [2, 3], point: 'rectRot' },
] as const;

declare global {
  interface HTMLElementTagNameMap {
    'cap-rates-chart': RatesChart;
  }
}

/** Daily consent shares as a Chart.js line chart; the canvas is one image whose label points to the table. */
@customElement('cap-rates-chart')
export class RatesChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      block-size: 20rem;
    }
  `;

  @property({ attribute: false }) days: readonly DailyRates[] = [];
  @property({ attribute: false }) names!: RateSeriesNames;
  @property() label = '';
  @property() override lang = 'ru';
  @query('canvas') private canvas!: HTMLCanvasElement;
  private chart?: Chart;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('days') || changed.has('names') || changed.has('lang')) this.draw();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }

  private draw(): void {
    this.chart?.destroy();
    const percent = new Intl.NumberFormat(this.lang, { style: 'percent', maximumFractionDigits: 1 });
    this.chart = new Chart(this.canvas, {
      type: 'line',
      data: {
        labels: this.days.map((day) => day.day),
        datasets: SERIES.map(({ key, color, dash, point }) => ({
          label: this.names[key],
          data: this.days.map((day) => day[key]),
          borderColor: color,
          backgroundColor: color,
          borderDash: [...dash],
          borderWidth: 2,
          pointStyle: point,
          pointRadius: 5,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { min: 0, max: 1, ticks: { callback: (value) => percent.format(Number(value)) } } },
        plugins: {
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${percent.format(Number(item.raw))}` } },
        },
      },
    });
  }

  override render(): TemplateResult {
    return html`<canvas role="img" aria-label=${this.label}></canvas>`;
  }
}
