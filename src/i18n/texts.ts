import type { ConsentTexts } from './consent-texts.js';
import type { Lang } from './lang.js';
import type { PreferencesTexts } from './preferences-texts.js';

export type { ConsentTexts, PreferencesTexts };

/** One chunk per language: a visitor downloads only the texts the banner shows. */
const LOADERS: Readonly<Record<Lang, () => Promise<ConsentTexts>>> = {
  ru: () => import('./ru.js').then((texts) => texts.ru),
  kk: () => import('./kk.js').then((texts) => texts.kk),
  en: () => import('./en.js').then((texts) => texts.en),
};

/** The dialog's texts, one chunk per language too, loaded only when the visitor opens the settings. */
const PREFERENCES_LOADERS: Readonly<Record<Lang, () => Promise<PreferencesTexts>>> = {
  ru: () => import('./ru-preferences.js').then((texts) => texts.ruPreferences),
  kk: () => import('./kk-preferences.js').then((texts) => texts.kkPreferences),
  en: () => import('./en-preferences.js').then((texts) => texts.enPreferences),
};

/** The banner's texts in `lang`, loaded on first use (the module system keeps them after that). */
export function loadTexts(lang: Lang): Promise<ConsentTexts> {
  return LOADERS[lang]();
}

/** The preferences dialog's texts in `lang`, loaded on first use. */
export function loadPreferencesTexts(lang: Lang): Promise<PreferencesTexts> {
  return PREFERENCES_LOADERS[lang]();
}
