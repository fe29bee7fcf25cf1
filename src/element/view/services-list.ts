import { html, nothing, type TemplateResult } from 'lit';
import type { CategoryDisclosure, DisclosedCookie, DisclosedService } from '../../core/index.js';
import type { ConsentTexts, Lang, PreferencesTexts } from '../../i18n/index.js';
import { fillIn } from './fill-in.js';
import { withRussianNamesMarked } from './operator-name.js';
import { countryName, recipient } from './recipients.js';

type DialogTexts = ConsentTexts & PreferencesTexts;

/** `_ym_uid, _ym_d — 1 год; _ym_isad — 2 дня`: names grouped by lifetime. */
function cookieList(cookies: readonly DisclosedCookie[], texts: DialogTexts): string {
  const byLifetime = new Map<number | null, string[]>();
  for (const { name, days } of cookies) byLifetime.set(days, [...(byLifetime.get(days) ?? []), name]);
  return [...byLifetime]
    .map(([days, names]) => names.join(', ') + (days === null ? '' : ` — ${texts.duration(days)}`))
    .join('; ');
}

function serviceItem(service: DisclosedService, texts: DialogTexts, lang: Lang): TemplateResult {
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
  texts: DialogTexts,
  lang: Lang,
): TemplateResult | typeof nothing {
  if (services.length === 0) return nothing;
  const countries = abroad.map((country) => countryName(country, texts, lang)).join(', ');
  return html`<ul class="services">
      ${services.map((service) => serviceItem(service, texts, lang))}
    </ul>
    ${abroad.length > 0 ? html`<p class="abroad">${fillIn(texts.abroad, { countries })}</p>` : nothing}`;
}
