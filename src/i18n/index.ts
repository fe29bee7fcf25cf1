export { LANGS, DEFAULT_LANG, supportedLang, type Lang } from './lang.js';
export type { ConsentTexts } from './consent-texts.js';
