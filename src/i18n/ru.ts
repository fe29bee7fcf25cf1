import type { ConsentTexts } from './consent-texts.js';

/** 1 год, 2 года, 5 лет. */
function plural(count: number, one: string, few: string, many: string): string {
  const tens = count % 100;
  const units = count % 10;
  const word = tens > 10 && tens < 20 ? many : units === 1 ? one : units > 1 && units < 5 ? few : many;
  return `${count} ${word}`;
}

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
  preferencesTitle: 'Настройки cookie',
  preferencesIntro:
    'Выберите, что разрешить на cap.kz и всех его поддоменах. Выбор хранится в вашем браузере {duration}; ' +
    'изменить или отозвать его можно здесь в любой момент.',
  save: 'Сохранить',
  close: 'Закрыть',
  alwaysOn: 'Всегда включены',
  categories: {
    necessary: { name: 'Необходимые', description: 'Вход в личный кабинет, безопасность и запоминание вашего выбора.' },
    statistics: { name: 'Статистика', description: 'Подсчёт посещений и поиск технических проблем.' },
    marketing: { name: 'Реклама', description: 'Показ рекламы и оценка её эффективности.' },
  },
  abroad: 'Данные передаются за пределы Казахстана: {countries}.',
  cookiesLabel: 'Cookie',
  servicePolicy: 'Политика сервиса',
  vendorPurposes: {
    'yandex-metrika': 'статистика посещений и кликов',
    ga4: 'статистика посещений',
    'vk-pixel': 'показ и оценка рекламы в сервисах VK',
    'meta-pixel': 'показ и оценка рекламы в Facebook и Instagram',
  },
  countries: { KZ: 'Казахстан', RU: 'Россия', US: 'США' },
  yourChoice: 'Ваш выбор от {date}, ID {id}.',
  copyId: 'Скопировать ID',
  idCopied: 'ID скопирован',
  receiptKept: 'Оператор хранит запись о каждом выборе (ID, время, страница, браузер) как подтверждение согласия.',
  contact: 'Вопросы и отзыв согласия: {email}, +7 727 338 39 93, г. Алматы, ул. Сатпаева, 30/8, офис 130а.',
  saved: 'Ваш выбор сохранён. Изменить его можно в любой момент.',
  change: 'Изменить настройки cookie',
  hideConfirmation: 'Скрыть сообщение',
  duration: (days) =>
    days === 0
      ? 'до закрытия браузера'
      : days % 365 === 0
        ? plural(days / 365, 'год', 'года', 'лет')
        : plural(days, 'день', 'дня', 'дней'),
  dateTime: (date) => new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeStyle: 'short' }).format(date),
};
