// The four pages the bench compares: the same content and the same gated statistics pixel (/bench/pixel.js),
// each with one banner configured alike: Russian texts, necessary + statistics, "accept all" in the first layer.

const PIXEL = '/bench/pixel.js';

const TEXTS = {
  title: 'Мы используем файлы cookie',
  summary:
    'ТОО «Корпоративные образовательные платформы», оператор сайтов cap.kz, использует файлы cookie и статистический ' +
    'пиксель. Они собирают неличные данные — IP-адрес, данные cookie, сведения о браузере и время доступа — для ' +
    'статистики и показа рекламы. Согласие можно изменить или отозвать в любой момент в настройках cookie.',
  acceptAll: 'Принять все',
  acceptNecessary: 'Только необходимые',
  settings: 'Настроить',
  save: 'Сохранить',
  necessary: 'Необходимые',
  necessaryDescription: 'Вход в личный кабинет, безопасность и запоминание вашего выбора.',
  statistics: 'Статистика',
  statisticsDescription: 'Статистический пиксель: посещаемость сайтов и поиск технических проблем по неличным данным.',
};

const VANILLA_CONFIG = {
  hideFromBots: false, // the bench browser is automated; the banner must still show
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: 'ru',
    translations: {
      ru: {
        consentModal: {
          title: TEXTS.title,
          description: TEXTS.summary,
          acceptAllBtn: TEXTS.acceptAll,
          acceptNecessaryBtn: TEXTS.acceptNecessary,
          showPreferencesBtn: TEXTS.settings,
        },
        preferencesModal: {
          title: TEXTS.settings,
          acceptAllBtn: TEXTS.acceptAll,
          acceptNecessaryBtn: TEXTS.acceptNecessary,
          savePreferencesBtn: TEXTS.save,
          sections: [
            { title: TEXTS.necessary, description: TEXTS.necessaryDescription, linkedCategory: 'necessary' },
            { title: TEXTS.statistics, description: TEXTS.statisticsDescription, linkedCategory: 'analytics' },
          ],
        },
      },
    },
  },
};

const KLARO_CONFIG = {
  lang: 'ru',
  acceptAll: true,
  hideDeclineAll: false,
  translations: {
    ru: {
      consentNotice: { title: TEXTS.title, description: TEXTS.summary, learnMore: TEXTS.settings },
      ok: TEXTS.acceptAll,
      decline: TEXTS.acceptNecessary,
      statistics: { title: TEXTS.statistics, description: TEXTS.statisticsDescription },
      purposes: { analytics: TEXTS.statistics },
    },
  },
  services: [{ name: 'statistics', purposes: ['analytics'] }],
};

/**
 * Each subject: the markup of its page, how the page tells that its banner is visible (an expression evaluated in
 * the page, true once visible), the accept-all button, and which of its files are banner UI code.
 * @type {Array<{ name: string, head: string, body: string, bannerSelector: string | null,
 *   acceptSelector: string | null, isUiFile: (path: string) => boolean }>}
 */
export const SUBJECTS = [
  {
    name: 'baseline',
    head: '',
    body: `<script src="${PIXEL}" async></script>`,
    bannerSelector: null,
    acceptSelector: null,
    isUiFile: () => false,
  },
  {
    // Not a banner: the cost of gating one pixel at all (bench/floor.js, 0.5 KiB gzip), the floor under every
    // subject's script time and pixel timing.
    name: 'floor',
    head: '<script type="module" src="/bench/floor.js"></script>',
    body: `<script type="text/plain" data-cap-consent="statistics" src="${PIXEL}" async></script>`,
    bannerSelector: '#floor-accept',
    acceptSelector: '#floor-accept',
    isUiFile: () => false,
  },
  {
    name: 'vanilla-cookieconsent',
    head: '<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css" />',
    body: `<script type="text/plain" data-category="analytics" src="${PIXEL}" async></script>
    <script type="module">
      import * as CookieConsent from '/node_modules/vanilla-cookieconsent/dist/cookieconsent.esm.js';
      CookieConsent.run(${JSON.stringify(VANILLA_CONFIG)});
    </script>`,
    bannerSelector: '#cc-main .cm',
    acceptSelector: '#cc-main .cm [data-role="all"]',
    // The library is one file: its UI cannot be left out.
    isUiFile: (path) => path.includes('/vanilla-cookieconsent/'),
  },
  {
    name: 'klaro',
    head: `<script>window.klaroConfig = ${JSON.stringify(KLARO_CONFIG)};</script>
    <script defer src="/node_modules/klaro/dist/klaro.js"></script>`,
    body: `<script type="text/plain" data-type="text/javascript" data-name="statistics" data-src="${PIXEL}" async></script>`,
    bannerSelector: '.klaro .cookie-notice',
    acceptSelector: '.klaro .cookie-notice .cm-btn-success',
    isUiFile: (path) => path.includes('/klaro/'),
  },
  {
    name: 'cap-consent',
    head: '<script type="module" src="/dist/cap-consent.js"></script>',
    body: `<cap-consent categories="statistics"></cap-consent>
    <script type="text/plain" data-cap-consent="statistics" src="${PIXEL}" async></script>`,
    bannerSelector: 'cap-consent >>> [part~="banner"]',
    acceptSelector: 'cap-consent [part~="accept-all"]',
    // The host script (dist/cap-consent.js) decides and activates; everything else it loads is the banner UI.
    isUiFile: (path) => path.startsWith('/dist/') && path !== '/dist/cap-consent.js',
  },
];

export const PIXEL_PATH = PIXEL;

/** A consent.json whose first pixel is the bench pixel; the others are the same script under other URLs. */
function pixelConfig(count) {
  const presets = [
    { preset: 'yandex-metrika', counter: 90001 },
    { preset: 'ga4', measurementId: 'G-BENCH00001' },
    { preset: 'vk-pixel', pixelId: '3000001' },
    { preset: 'meta-pixel', pixelId: '4000001' },
  ];
  return {
    pixels: presets.slice(0, count).map((preset, index) => ({
      id: `bench-${index + 1}`,
      category: 'statistics',
      enabled: true,
      ...preset,
      src: index === 0 ? PIXEL : `${PIXEL}?copy=${index + 1}`,
    })),
  };
}

/**
 * cap-consent with its pixels in consent.json (`config-src`) instead of the markup: one, or four enabled. Measured
 * as returning visits in cap-consent's browser context, for the rows "consent.json, 1 pixel / 4 pixels".
 */
export const PIXEL_VARIANTS = [1, 4].map((count) => ({
  name: `cap-consent-pixels-${count}`,
  pixels: count,
  config: pixelConfig(count),
  head: '<script type="module" src="/dist/cap-consent.js"></script>',
  body: `<cap-consent categories="statistics" config-src="/bench/consent-${count}.json"></cap-consent>`,
}));

/** The page of one subject. */
export function pageFor(subject) {
  return `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bench: ${subject.name}</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 46rem; padding: 1rem; }
    </style>
    ${subject.head}
  </head>
  <body>
    <header><a href="#">CAP.kz</a> <nav aria-label="Основное меню"><a href="#">Курсы</a> <a href="#">Контакты</a></nav></header>
    <main>
      <h1>Вебинары для педагогов</h1>
      <p>Каждую неделю: короткие онлайн-встречи с методистами, записи доступны в личном кабинете.</p>
      <p>Расписание, темы и ссылки на трансляции публикуются за три дня до встречи.</p>
    </main>
    ${subject.body}
  </body>
</html>
`;
}
