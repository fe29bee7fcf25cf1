export { DEFAULT_LANG, supportedLang, type Lang } from './lang.js';
export { loadTexts, type ConsentTexts } from './texts.js';
export { loadPreferencesTexts, type PreferencesTexts } from './preferences-loader.js';
export { OPERATOR_EMAIL } from './operator.js';
