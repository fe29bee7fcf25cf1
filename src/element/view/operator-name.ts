import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';

/** The operator's registered name stays Russian in every language. */
const RUSSIAN_OPERATOR_NAME = /((?:ТОО )?«Корпоративные образовательные платформы»)/;

/**
 * `text` with the operator's Russian name marked `lang="ru"`, so a screen reader
 * reading Kazakh or English switches voice for it (WCAG 3.1.2).
 */
export function withOperatorNameMarked(text: string, lang: Lang): string | TemplateResult {
  if (lang === 'ru') return text;
  const [before, name, after] = text.split(RUSSIAN_OPERATOR_NAME);
  if (name === undefined) return text;
  return html`${before}<span lang="ru">${name}</span>${after}`;
}
