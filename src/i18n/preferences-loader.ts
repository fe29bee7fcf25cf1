import type { Lang } from './lang.js';
import type { PreferencesTexts } from './preferences-texts.js';

export type { PreferencesTexts };

/**
 * The dialog's texts, one chunk per language too, loaded only when the visitor opens the settings. Apart from
 * texts.ts, so only the view's chunk (not the host script) carries these loaders.
 */
const PREFERENCES_LOADERS: Readonly<Record<Lang, () => Promise<PreferencesTexts>>> = {
  ru: () => import('./ru-preferences.js').then((texts) => texts.ruPreferences),
  kk: () => import('./kk-preferences.js').then((texts) => texts.kkPreferences),
  en: () => import('./en-preferences.js').then((texts) => texts.enPreferences),
};

/** The preferences dialog's texts in `lang`, loaded on first use. */
export function loadPreferencesTexts(lang: Lang): Promise<PreferencesTexts> {
  return PREFERENCES_LOADERS[lang]();
}
