import type { ConsentTexts } from './consent-texts.js';

/** The services of each category, and what their data is for, as the summary words them. */
const SERVICE_KINDS = { statistics: 'statistics', marketing: 'advertising' };
const PURPOSES = { statistics: 'to count visits', marketing: 'to show ads' };

const OPERATOR =
  'ТОО «Корпоративные образовательные платформы» (Corporate Educational Platforms LLP), the operator of cap.kz,';

export const en: ConsentTexts = {
  regionLabel: 'Cookie consent',
  title: 'We use cookies',
  summary: (categories) =>
    categories.length === 0
      ? `${OPERATOR} uses only necessary cookies.`
      : `${OPERATOR} uses ${categories.map((category) => SERVICE_KINDS[category]).join(' and ')} ` +
        'services with your consent. They receive your IP address, cookies, browser details and the pages you ' +
        `view ${categories.map((category) => PURPOSES[category]).join(' and ')}.`,
  recipients: 'Recipients: {list}.',
  withdrawal: 'To change or withdraw consent: “Cookie settings” at the bottom of the page, or {email}.',
  policyUpdated: 'Our privacy policy has changed. Please confirm your choice again.',
  globalPrivacyControl:
    'Your browser sends Global Privacy Control, so advertising cookies stay off even if you choose “Accept all”. ' +
    'You can turn them on under “Customise”.',
  policyLink: 'Privacy policy',
  opensInNewTab: '(opens in a new tab)',
  acceptAll: 'Accept all',
  acceptNecessary: 'Necessary only',
  settings: 'Customise',
  countries: { KZ: 'Kazakhstan', RU: 'Russia', US: 'USA' },
  saved: 'Your choice has been saved. You can change it at any time.',
  change: 'Change cookie settings',
  hideConfirmation: 'Hide this message',
};
