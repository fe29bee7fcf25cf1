import type { ConsentTexts } from './consent-texts.js';
import type { Lang } from './lang.js';

export type { ConsentTexts };

/** One chunk per language: the banner downloads only the texts it shows. */
const LOADERS: Readonly<Record<Lang, () => Promise<ConsentTexts>>> = {
  ru: () => import('./ru.js').then((module) => module.ru),
  kk: () => import('./kk.js').then((module) => module.kk),
  en: () => import('./en.js').then((module) => module.en),
};

/** The banner's texts in `lang`, loaded on first use. */
export const loadTexts = (lang: Lang): Promise<ConsentTexts> => LOADERS[lang]();
