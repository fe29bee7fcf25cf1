import type { PreferencesTexts } from './preferences-texts.js';

/** 1 год, 2 года, 5 лет. */
function plural(count: number, one: string, few: string, many: string): string {
  const tens = count % 100;
  const units = count % 10;
  const word = tens > 10 && tens < 20 ? many : units === 1 ? one : units > 1 && units < 5 ? few : many;
  return `${count} ${word}`;
}

export const ruPreferences: PreferencesTexts = {
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
  yourChoice: 'Ваш выбор от {date}, ID {id}.',
  copyId: 'Скопировать ID',
  idCopied: 'ID скопирован',
  receiptKept: 'Оператор хранит запись о каждом выборе (ID, время, страница, браузер) как подтверждение согласия.',
  contact: 'Вопросы и отзыв согласия: {email}, +7 727 338 39 93, г. Алматы, ул. Сатпаева, 30/8, офис 130а.',
  duration: (days) =>
    days === 0
      ? 'до закрытия браузера'
      : days % 365 === 0
        ? plural(days / 365, 'год', 'года', 'лет')
        : plural(days, 'день', 'дня', 'дней'),
  dateTime: (date) => new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeStyle: 'short' }).format(date),
};
