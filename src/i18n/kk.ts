import type { ConsentTexts } from './consent-texts.js';

/** The services of each category, and what their data is for, as the summary words them. */
const SERVICE_KINDS = { statistics: 'статистика', marketing: 'жарнама' };
const PURPOSES = { statistics: 'келушілерді есептеу', marketing: 'жарнама көрсету' };

const OPERATOR = 'cap.kz операторы «Корпоративные образовательные платформы» ЖШС';

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
  countries: { KZ: 'Қазақстан', RU: 'Ресей', US: 'АҚШ' },
  saved: 'Таңдауыңыз сақталды. Оны кез келген уақытта өзгертуге болады.',
  change: 'Cookie баптауларын өзгерту',
  hideConfirmation: 'Хабарламаны жасыру',
};
