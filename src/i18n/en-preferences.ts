import type { PreferencesTexts } from './preferences-texts.js';

const counted = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;

export const enPreferences: PreferencesTexts = {
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
  yourChoice: 'Your choice of {date}, ID {id}.',
  copyId: 'Copy ID',
  idCopied: 'ID copied',
  receiptKept: 'The operator keeps a record of each choice (ID, time, page, browser) as proof of consent.',
  contact: 'Questions and withdrawal of consent: {email}, +7 727 338 39 93, office 130a, 30/8 Satpayev St, Almaty.',
  duration: (days) =>
    days === 0 ? 'until the browser closes' : days % 365 === 0 ? counted(days / 365, 'year') : counted(days, 'day'),
  dateTime: (date) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(date),
};
