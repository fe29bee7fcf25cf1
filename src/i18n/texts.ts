import type { ConsentTexts } from './consent-texts.js';
import type { Lang } from './lang.js';

export type { ConsentTexts };

/** One chunk per language: a visitor downloads only the texts the banner shows. */
const LOADERS: Readonly<Record<Lang, () => Promise<ConsentTexts>>> = {
  ru: () => import('./ru.js').then((texts) => texts.ru),
  kk: () => import('./kk.js').then((texts) => texts.kk),
  en: () => import('./en.js').then((texts) => texts.en),
};

/** The banner's texts in `lang`, loaded on first use (the module system keeps them after that). */
export function loadTexts(lang: Lang): Promise<ConsentTexts> {
  return LOADERS[lang]();
}
