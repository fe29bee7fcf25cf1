import { useState } from 'react';
import 'cap-consent'; // registers <cap-consent>
import type { ConsentChangeEvent } from 'cap-consent';
import type {} from 'cap-consent/react'; // <cap-consent> in JSX: typed attributes and events

export function App() {
  const [statistics, setStatistics] = useState<boolean | null>(null);

  const onChange = (event: ConsentChangeEvent) => setStatistics(event.detail.consent.statistics);

  return (
    <main>
      <h1>React</h1>
      <p id="consent-status">statistics: {statistics === null ? 'no decision' : statistics ? 'granted' : 'denied'}</p>
      {statistics && <section>Статистика разрешена.</section>}
      <cap-consent policy-version="2024-05" lang="ru" oncap-consent-change={onChange} />
      <footer>
        {/* Required on every page: the way back to the settings to change or withdraw consent. */}
        <button type="button" data-cap-consent-open>
          Настройки cookie
        </button>
      </footer>
    </main>
  );
}
