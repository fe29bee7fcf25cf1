import { html, nothing, type TemplateResult } from 'lit';
import type { CategoryDisclosure, DisclosedCookie, DisclosedService, Disclosure } from '../../core/index.js';
import type { ConsentTexts, Lang } from '../../i18n/index.js';
import { fillIn } from './fill-in.js';
import { withRussianNamesMarked } from './operator-name.js';

/** A country by its ISO code in the visitor's language, or as the site wrote it. */
function countryName(country: string, texts: ConsentTexts, lang: Lang): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  try {
    // Browsers name regions in Kazakh in English (Chromium has no Kazakh data): Russian is read by Kazakh readers.
    const locale = lang === 'kk' ? 'ru' : lang;
    return texts.countries[country] ?? new Intl.DisplayNames(locale, { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

/** `_ym_uid, _ym_d — 1 год; _ym_isad — 2 дня`: names grouped by lifetime. */
function cookieList(cookies: readonly DisclosedCookie[], texts: ConsentTexts): string {
  const byLifetime = new Map<number | null, string[]>();
  for (const { name, days } of cookies) byLifetime.set(days, [...(byLifetime.get(days) ?? []), name]);
  return [...byLifetime]
    .map(([days, names]) => names.join(', ') + (days === null ? '' : ` — ${texts.duration(days)}`))
    .join('; ');
}

/** Who receives the data: the provider (or the service) and its country. */
function recipient({ provider, service, country }: DisclosedService, texts: ConsentTexts, lang: Lang): string {
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
  return html` <span part="recipients"
    >${fillIn(texts.recipients, { list: withRussianNamesMarked(recipients.join('; '), lang) })}</span
  >`;
}

function serviceItem(service: DisclosedService, texts: ConsentTexts, lang: Lang): TemplateResult {
  const who = recipient(service, texts, lang);
  const purpose = service.preset ? texts.vendorPurposes[service.preset] : null;
  // «Yandex Metrica — ООО «Яндекс» (Yandex LLC), Россия: статистика посещений и кликов.»
  const details = [who === service.service ? null : who, purpose].filter((detail) => detail !== null).join(': ');
  return html`<li class="service">
    <strong>${service.service}</strong>${details ? html` — ${withRussianNamesMarked(details, lang)}` : nothing}.
    ${service.cookies.length > 0 ? html`${texts.cookiesLabel}: ${cookieList(service.cookies, texts)}.` : nothing}
    ${
      service.policyUrl
        ? html`<a href=${service.policyUrl} target="_blank" rel="noopener noreferrer"
            >${texts.servicePolicy}<span class="visually-hidden"> ${service.service} ${texts.opensInNewTab}</span></a
          >`
        : nothing
    }
  </li>`;
}

/** A category's services, and one line when any of them processes data outside Kazakhstan. */
export function categoryServices(
  { services, abroad }: CategoryDisclosure,
  texts: ConsentTexts,
  lang: Lang,
): TemplateResult | typeof nothing {
  if (services.length === 0) return nothing;
  const countries = abroad.map((country) => countryName(country, texts, lang)).join(', ');
  return html`<ul class="services">
      ${services.map((service) => serviceItem(service, texts, lang))}
    </ul>
    ${abroad.length > 0 ? html`<p class="abroad">${fillIn(texts.abroad, { countries })}</p>` : nothing}`;
}
