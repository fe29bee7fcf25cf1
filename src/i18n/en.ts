import type { ConsentTexts } from './consent-texts.js';

export const en: ConsentTexts = {
  regionLabel: 'Cookie consent',
  title: 'We use cookies',
  summary:
    'ТОО «Корпоративные образовательные платформы» (Corporate Educational Platforms LLP), the operator of ' +
    'cap.kz, uses cookies and a statistics pixel. They collect non-personal data (IP address, cookies, ' +
    'browser data, access time) for statistics and advertising. You can change or withdraw consent at any ' +
    'time.',
  policyUpdated: 'Our privacy policy has changed. Please confirm your choice again.',
  globalPrivacyControl:
    'Your browser sends Global Privacy Control, so advertising cookies stay off, also with “Accept all”. ' +
    'You can turn them on under “Customise”.',
  policyLink: 'Privacy policy',
  opensInNewTab: '(opens in a new tab)',
  acceptAll: 'Accept all',
  acceptNecessary: 'Necessary only',
  settings: 'Customise',
  preferencesTitle: 'Cookie settings',
  preferencesIntro: 'Choose which cookies to allow on cap.kz and all its subdomains. You can change this at any time.',
  save: 'Save',
  close: 'Close',
  alwaysOn: 'Always on',
  categories: {
    necessary: {
      name: 'Necessary',
      description: 'Signing in to your account, security and remembering your choice.',
    },
    statistics: {
      name: 'Statistics',
      description: 'A statistics pixel: site traffic and finding technical problems, from non-personal data.',
    },
    marketing: {
      name: 'Advertising',
      description: 'Advertising pixels: showing and measuring ads, sending promotional materials.',
    },
  },
  saved: 'Your choice has been saved. You can change it at any time.',
  change: 'Change cookie settings',
  hideConfirmation: 'Hide this message',
};
