import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosedService, Disclosure } from '../../core/index.js';
import type { ConsentTexts, Lang } from '../../i18n/index.js';
import { fillIn } from './fill-in.js';
import { withRussianNamesMarked } from './operator-name.js';

/** A country by its ISO code in the visitor's language, or as the site wrote it. */
export function countryName(country: string, texts: ConsentTexts, lang: Lang): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  try {
    // Browsers name regions in Kazakh in English (Chromium has no Kazakh data): Russian is read by Kazakh readers.
    const locale = lang === 'kk' ? 'ru' : lang;
    return texts.countries[country] ?? new Intl.DisplayNames(locale, { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

/** Who receives the data: the provider (or the service) and its country. */
export function recipient({ provider, service, country }: DisclosedService, texts: ConsentTexts, lang: Lang): string {
  return [provider ?? service, country && countryName(country, texts, lang)].filter(Boolean).join(', ');
}

/** The banner's line naming every recipient once; nothing while no service is known. */
export function recipientsLine(
  disclosure: Disclosure | null,
  texts: ConsentTexts,
  lang: Lang,
): TemplateResult | typeof nothing {
  if (!disclosure) return nothing;
  const services = Object.values(disclosure.categories).flatMap((category) => category.services);
  const recipients = [...new Set(services.map((service) => recipient(service, texts, lang)))];
  if (recipients.length === 0) return nothing;
  return html` <span class="recipients"
    >${fillIn(texts.recipients, { list: withRussianNamesMarked(recipients.join('; '), lang) })}</span
  >`;
}
