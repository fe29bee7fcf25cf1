import 'cap-consent';
import type { CapConsentElement } from 'cap-consent';

/** The preview's own cookie, cleared before each showing so the banner always appears as on a first visit. */
const PREVIEW_COOKIE = 'cap_consent_preview';

export interface ConsentPreview {
  show(config: unknown, lang: string, preferences: boolean): void;
}

declare global {
  interface Window {
    capConsentPreview?: ConsentPreview;
  }
}

function forgetPreviewDecision(): void {
  const labels = location.hostname.split('.');
  const domains = ['', ...labels.map((_, at) => labels.slice(at).join('.'))];
  for (const domain of domains) {
    document.cookie = `${PREVIEW_COOKIE}=; Max-Age=0; Path=/${domain ? `; Domain=${domain}` : ''}`;
  }
}

window.capConsentPreview = {
  show(config, lang, preferences) {
    document.querySelector('cap-consent')?.remove();
    forgetPreviewDecision();
    document.documentElement.lang = lang;
    const banner = document.createElement('cap-consent') as CapConsentElement;
    banner.setAttribute('cookie-name', PREVIEW_COOKIE);
    banner.setAttribute('lang', lang);
    banner.config = config;
    document.body.append(banner);
    if (preferences) banner.showPreferences();
  },
};
document.dispatchEvent(new Event('cap-consent-preview-ready'));
