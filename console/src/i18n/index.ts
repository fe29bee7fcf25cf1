import type { ConsoleTexts } from './console-texts.js';
import { en } from './en.js';
import { ru } from './ru.js';

export type { ConsoleTexts } from './console-texts.js';

export const CONSOLE_LANGS = ['ru', 'en'] as const;
export type ConsoleLang = (typeof CONSOLE_LANGS)[number];

const TEXTS: Record<ConsoleLang, ConsoleTexts> = { ru, en };
const STORAGE_KEY = 'cap-console-lang';

export function textsFor(lang: ConsoleLang): ConsoleTexts {
  return TEXTS[lang];
}

/** The language chosen last time on this browser; Russian first. */
export function storedLang(): ConsoleLang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
}

export function storeLang(lang: ConsoleLang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}
