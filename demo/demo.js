// The demo's inspector panel and language switch: shows what a host page can observe.
const consentElement = document.querySelector('cap-consent');
const eventLog = document.getElementById('event-log');
const consentState = document.getElementById('consent-state');

function logEvent(text) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  eventLog.prepend(item);
}

function showConsent() {
  const { consent } = consentElement;
  consentState.textContent = consent
    ? JSON.stringify({ statistics: consent.statistics, marketing: consent.marketing, policyVersion: consent.policyVersion, decidedAt: new Date(consent.decidedAt).toISOString(), id: consent.id }, null, 2)
    : 'null (решения нет)';
}

document.addEventListener('cap-consent-change', (event) => {
  const { reason, consent } = event.detail;
  logEvent(`cap-consent-change: ${reason} (statistics ${consent.statistics}, marketing ${consent.marketing})`);
  showConsent();
});
document.addEventListener('cap-consent-shown', () => logEvent('cap-consent-shown'));
document.addEventListener('cap-consent-hidden', () => logEvent('cap-consent-hidden'));
document.addEventListener('demo-pixel-ran', (event) => {
  document.getElementById('pixel-state').textContent = `запущен в ${event.detail}`;
  logEvent('статистический пиксель запущен');
});

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    consentElement.setAttribute('lang', button.dataset.lang);
    document.documentElement.lang = button.dataset.lang;
    for (const other of document.querySelectorAll('[data-lang]')) other.setAttribute('aria-pressed', String(other === button));
  });
}

document.getElementById('forget').addEventListener('click', () => {
  const name = consentElement.getAttribute('cookie-name') ?? 'cap_consent';
  const domain = location.hostname.includes('.') && !/^[\d.]+$/.test(location.hostname) ? `; domain=${location.hostname}` : '';
  document.cookie = `${name}=; path=/; max-age=0`;
  document.cookie = `${name}=; path=/; max-age=0${domain}`;
  location.reload();
});

customElements.whenDefined('cap-consent').then(showConsent);
