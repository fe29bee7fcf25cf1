import type { ConsentTexts } from './consent-texts.js';

/** The services of each category, and what their data is for, as the summary words them. */
const SERVICE_KINDS = { statistics: 'statistics', marketing: 'advertising' };
const PURPOSES = { statistics: 'to count visits', marketing: 'to show ads' };

const OPERATOR =
  'ТОО «Корпоративные образовательные платформы» (Corporate Educational Platforms LLP), the operator of cap.kz,';

const counted = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;

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
  preferencesTitle: 'Cookie settings',
  preferencesIntro:
    'Choose what to allow on cap.kz and all its subdomains. Your choice is kept in your browser for {duration}; ' +
    'you can change or withdraw it here at any time.',
  save: 'Save',
  close: 'Close',
  alwaysOn: 'Always on',
  categories: {
    necessary: { name: 'Necessary', description: 'Signing in to your account, security and remembering your choice.' },
    statistics: { name: 'Statistics', description: 'Counting visits and finding technical problems.' },
    marketing: { name: 'Advertising', description: 'Showing ads and measuring how well they work.' },
  },
  abroad: 'Data is transferred outside Kazakhstan: {countries}.',
  cookiesLabel: 'Cookies',
  servicePolicy: 'Service’s privacy policy',
  vendorPurposes: {
    'yandex-metrika': 'visit and click statistics',
    ga4: 'visit statistics',
    'vk-pixel': 'showing and measuring ads on VK services',
    'meta-pixel': 'showing and measuring ads on Facebook and Instagram',
  },
  countries: { KZ: 'Kazakhstan', RU: 'Russia', US: 'USA' },
  yourChoice: 'Your choice of {date}, ID {id}.',
  copyId: 'Copy ID',
  idCopied: 'ID copied',
  receiptKept: 'The operator keeps a record of each choice (ID, time, page, browser) as proof of consent.',
  contact: 'Questions and withdrawal of consent: {email}, +7 727 338 39 93, office 130a, 30/8 Satpayev St, Almaty.',
  saved: 'Your choice has been saved. You can change it at any time.',
  change: 'Change cookie settings',
  hideConfirmation: 'Hide this message',
  duration: (days) =>
    days === 0 ? 'until the browser closes' : days % 365 === 0 ? counted(days / 365, 'year') : counted(days, 'day'),
  dateTime: (date) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(date),
};
