export { LANGS, DEFAULT_LANG, supportedLang, type Lang } from './lang.js';
export { loadTexts, loadPreferencesTexts, type ConsentTexts, type PreferencesTexts } from './texts.js';
export { OPERATOR_EMAIL } from './operator.js';
