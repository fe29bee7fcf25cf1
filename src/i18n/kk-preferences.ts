import type { PreferencesTexts } from './preferences-texts.js';

const MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

const twoDigits = (value: number): string => String(value).padStart(2, '0');

export const kkPreferences: PreferencesTexts = {
  preferencesTitle: 'Cookie баптаулары',
  preferencesIntro:
    'cap.kz сайтында және оның барлық қосалқы домендерінде неге рұқсат беретініңізді таңдаңыз. Таңдауыңыз ' +
    'браузеріңізде {duration} сақталады; оны осы жерде кез келген уақытта өзгертуге не кері қайтарып алуға болады.',
  save: 'Сақтау',
  close: 'Жабу',
  alwaysOn: 'Әрқашан қосулы',
  categories: {
    necessary: { name: 'Қажетті', description: 'Жеке кабинетке кіру, қауіпсіздік және таңдауыңызды есте сақтау.' },
    statistics: { name: 'Статистика', description: 'Сайтқа келушілерді есептеу және техникалық ақауларды анықтау.' },
    marketing: { name: 'Жарнама', description: 'Жарнаманы көрсету және оның тиімділігін бағалау.' },
  },
  abroad: 'Деректер Қазақстаннан тыс жерге беріледі: {countries}.',
  cookiesLabel: 'Cookie файлдары',
  servicePolicy: 'Сервистің құпиялылық саясаты',
  vendorPurposes: {
    'yandex-metrika': 'келушілер мен басулар статистикасы',
    ga4: 'келушілер статистикасы',
    'vk-pixel': 'VK сервистерінде жарнаманы көрсету мен бағалау',
    'meta-pixel': 'Facebook пен Instagram-да жарнаманы көрсету мен бағалау',
  },
  yourChoice: 'Таңдауыңыз: {date}, ID {id}.',
  copyId: 'ID көшіру',
  idCopied: 'ID көшірілді',
  receiptKept: 'Оператор әр таңдаудың жазбасын (ID, уақыт, бет, браузер) келісімнің дәлелі ретінде сақтайды.',
  contact:
    'Сұрақтар мен келісімді кері қайтарып алу: {email}, +7 727 338 39 93, Алматы қ., Сәтбаев к-сі, 30/8, 130а кеңсе.',
  duration: (days) => (days === 0 ? 'браузер жабылғанша' : days % 365 === 0 ? `${days / 365} жыл` : `${days} күн`),
  // Browsers ship no Kazakh date format (Chromium names the month "M11"): written out here.
  dateTime: (date) =>
    `${date.getFullYear()} жылғы ${date.getDate()} ${MONTHS[date.getMonth()]}, ` +
    `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`,
};
