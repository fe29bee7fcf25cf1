import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import 'cap-consent'; // registers <cap-consent>
import type { ConsentChangeEvent } from 'cap-consent';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular</h1>
      <p id="consent-status">statistics: {{ status() }}</p>
      @if (statistics()) {
        <section>Статистика разрешена.</section>
      }
      <cap-consent policy-version="2024-05" lang="ru" (cap-consent-change)="onChange($event)"></cap-consent>
      <!-- Required on every page: the way back to the settings to change or withdraw consent. -->
      <footer><button type="button" data-cap-consent-open>Настройки cookie</button></footer>
    </main>
  `,
})
export class AppComponent {
  readonly statistics = signal<boolean | null>(null);

  status(): string {
    const statistics = this.statistics();
    return statistics === null ? 'no decision' : statistics ? 'granted' : 'denied';
  }

  onChange(event: ConsentChangeEvent): void {
    this.statistics.set(event.detail.consent.statistics);
  }
}
