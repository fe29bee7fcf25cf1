import type { ConsentTexts } from './consent-texts.js';

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

/** The services of each category, and what their data is for, as the summary words them. */
const SERVICE_KINDS = { statistics: 'статистика', marketing: 'жарнама' };
const PURPOSES = { statistics: 'келушілерді есептеу', marketing: 'жарнама көрсету' };

const OPERATOR = 'cap.kz операторы «Корпоративные образовательные платформы» ЖШС';

const twoDigits = (value: number): string => String(value).padStart(2, '0');

export const kk: ConsentTexts = {
  regionLabel: 'Cookie файлдарын қолдануға келісім',
  title: 'Біз cookie файлдарын қолданамыз',
  summary: (categories) =>
    categories.length === 0
      ? `${OPERATOR} тек қажетті cookie файлдарын қолданады.`
      : `${OPERATOR} келісіміңізбен ` +
        `${categories.map((category) => SERVICE_KINDS[category]).join(' және ')} сервистерін қосады: ` +
        'олар IP мекенжайды, cookie, браузер мен қаралған беттер деректерін ' +
        `${categories.map((category) => PURPOSES[category]).join(' және ')} үшін алады.`,
  recipients: 'Деректерді алушылар: {list}.',
  withdrawal: 'Келісімді өзгерту не кері қайтарып алу: беттің төменіндегі «Cookie баптаулары» немесе {email}.',
  policyUpdated: 'Құпиялылық саясаты жаңартылды. Таңдауыңызды қайта растаңыз.',
  globalPrivacyControl:
    'Браузеріңіз Global Privacy Control сигналын жібереді, сондықтан «Барлығын қабылдау» батырмасын бассаңыз да, ' +
    'жарнамалық cookie файлдары өшірулі қалады. Оларды «Баптау» арқылы қосуға болады.',
  policyLink: 'Құпиялылық саясаты',
  opensInNewTab: '(жаңа қойындыда ашылады)',
  acceptAll: 'Барлығын қабылдау',
  acceptNecessary: 'Тек қажеттісін қабылдау',
  settings: 'Баптау',
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
  countries: { KZ: 'Қазақстан', RU: 'Ресей', US: 'АҚШ' },
  yourChoice: 'Таңдауыңыз: {date}, ID {id}.',
  copyId: 'ID көшіру',
  idCopied: 'ID көшірілді',
  receiptKept: 'Оператор әр таңдаудың жазбасын (ID, уақыт, бет, браузер) келісімнің дәлелі ретінде сақтайды.',
  contact:
    'Сұрақтар мен келісімді кері қайтарып алу: {email}, +7 727 338 39 93, Алматы қ., Сәтбаев к-сі, 30/8, 130а кеңсе.',
  saved: 'Таңдауыңыз сақталды. Оны кез келген уақытта өзгертуге болады.',
  change: 'Cookie баптауларын өзгерту',
  hideConfirmation: 'Хабарламаны жасыру',
  duration: (days) => (days === 0 ? 'браузер жабылғанша' : days % 365 === 0 ? `${days / 365} жыл` : `${days} күн`),
  // Browsers ship no Kazakh date format (Chromium names the month "M11"): written out here.
  dateTime: (date) =>
    `${date.getFullYear()} жылғы ${date.getDate()} ${MONTHS[date.getMonth()]}, ` +
    `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`,
};
