import type { ConsentTexts } from './consent-texts.js';
import { en } from './en.js';
import { kk } from './kk.js';
import type { Lang } from './lang.js';
import { ru } from './ru.js';

export type { ConsentTexts };

/** The banner's texts in every supported language (only the lazily loaded UI imports this). */
export const TEXTS: Readonly<Record<Lang, ConsentTexts>> = { ru, kk, en };
