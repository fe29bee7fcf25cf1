import { useRef, useState } from 'react';
import 'cap-consent'; // registers <cap-consent>
import type { CapConsentElement, ConsentChangeEvent } from 'cap-consent';
import type {} from 'cap-consent/react'; // <cap-consent> in JSX: typed attributes and events

export function App() {
  const banner = useRef<CapConsentElement>(null);
  const [statistics, setStatistics] = useState<boolean | null>(null);

  const onChange = (event: ConsentChangeEvent) => setStatistics(event.detail.consent.statistics);

  return (
    <main>
      <h1>React</h1>
      <p id="consent-status">statistics: {statistics === null ? 'no decision' : statistics ? 'granted' : 'denied'}</p>
      {statistics && <section>Статистика разрешена.</section>}
      <button type="button" onClick={() => banner.current?.showPreferences()}>
        Настройки cookie
      </button>
      <cap-consent ref={banner} policy-version="2024-05" lang="ru" oncap-consent-change={onChange} />
    </main>
  );
}
