export { DEFAULT_LANG, supportedLang, type Lang } from './lang.js';
export { loadTexts, type ConsentTexts } from './texts.js';
