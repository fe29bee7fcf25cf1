import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';

/** Registered Russian names (the operator's, a Russian provider's) stay Russian in every language. */
const RUSSIAN_NAME = /((?:ТОО )?«Корпоративные образовательные платформы»|ООО «[^»]+»)/;

/**
 * `text` with the Russian legal names in it marked `lang="ru"`, so a screen
 * reader reading Kazakh or English switches voice for them (WCAG 3.1.2).
 */
export function withRussianNamesMarked(text: string, lang: Lang): string | TemplateResult {
  if (lang === 'ru' || !RUSSIAN_NAME.test(text)) return text;
  // split() with a capturing group puts every name at an odd index.
  return html`${text
    .split(RUSSIAN_NAME)
    .map((piece, index) => (index % 2 === 1 ? html`<span lang="ru">${piece}</span>` : piece))}`;
}
