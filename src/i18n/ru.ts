import type { ConsentTexts } from './consent-texts.js';

/** The services of each category, and what their data is for, as the summary words them. */
const SERVICE_KINDS = { statistics: 'статистики', marketing: 'рекламы' };
const PURPOSES = { statistics: 'подсчёта посещений', marketing: 'показа рекламы' };

const OPERATOR = 'ТОО «Корпоративные образовательные платформы», оператор сайтов cap.kz,';

export const ru: ConsentTexts = {
  regionLabel: 'Согласие на использование cookie',
  title: 'Мы используем файлы cookie',
  summary: (categories) =>
    categories.length === 0
      ? `${OPERATOR} использует только необходимые файлы cookie.`
      : `${OPERATOR} с вашего согласия подключает сервисы ` +
        `${categories.map((category) => SERVICE_KINDS[category]).join(' и ')}: ` +
        'они получают IP-адрес, cookie, данные браузера и просмотренные страницы для ' +
        `${categories.map((category) => PURPOSES[category]).join(' и ')}.`,
  recipients: 'Получатели данных: {list}.',
  withdrawal: 'Изменить или отозвать согласие: «Настройки cookie» внизу страницы или {email}.',
  policyUpdated: 'Политика конфиденциальности обновлена. Пожалуйста, подтвердите свой выбор ещё раз.',
  globalPrivacyControl:
    'Ваш браузер передаёт сигнал Global Privacy Control, поэтому рекламные cookie остаются выключенными, ' +
    'даже если нажать «Принять все». Включить их можно через «Настроить».',
  policyLink: 'Политика конфиденциальности',
  opensInNewTab: '(откроется в новой вкладке)',
  acceptAll: 'Принять все',
  acceptNecessary: 'Только необходимые',
  settings: 'Настроить',
  countries: { KZ: 'Казахстан', RU: 'Россия', US: 'США' },
  saved: 'Ваш выбор сохранён. Изменить его можно в любой момент.',
  change: 'Изменить настройки cookie',
  hideConfirmation: 'Скрыть сообщение',
};
