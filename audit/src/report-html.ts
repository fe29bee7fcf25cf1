import { vendorLabel } from './classify.js';
import type {
  AuditReport,
  ConsentReported,
  ConsentState,
  Finding,
  FindingKind,
  PageRecord,
  StateRecord,
} from './model.js';
import { summarize } from './summary.js';

const STATE_LABELS: Record<ConsentState, string> = {
  'no-decision': 'Без решения / No decision',
  'necessary-only': 'Только необходимые / Necessary only',
  'accept-all': 'Принять все / Accept all',
};

const KIND_LABELS: Record<FindingKind, string> = {
  'tracker-without-consent': 'Трекер без согласия / Tracker without consent',
  'cookie-without-consent': 'Cookie без согласия / Cookie without consent',
  'storage-without-consent': 'Хранилище без согласия / Storage without consent',
  'undisclosed-tracker': 'Трекер не раскрыт / Undisclosed tracker',
  'undisclosed-cookie': 'Cookie не раскрыт / Undisclosed cookie',
  'no-element': 'Нет <cap-consent> / No <cap-consent>',
  'no-opener': 'Нельзя открыть настройки / No settings link',
  'consent-cookie-domain': 'Домен cookie согласия / Consent cookie domain',
  'decision-not-recorded': 'Решение не сохранено / Decision not recorded',
  'cookie-lifetime': 'Срок cookie / Cookie lifetime',
  'page-failed': 'Страница не загрузилась / Page failed',
};

const escapeHtml = (value: unknown): string => String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A table cell; `sortValue` orders numbers as numbers. */
interface Cell {
  readonly html: string;
  readonly sortValue?: number;
}
const text = (value: unknown): Cell => ({ html: escapeHtml(value) });
const days = (value: number | null): Cell =>
  value === null
    ? { html: 'сеанс / session', sortValue: 0 }
    : { html: value.toFixed(value < 10 ? 1 : 0), sortValue: value };
const count = (value: number): Cell => ({ html: String(value), sortValue: value });
const yesNo = (value: boolean, good: boolean): Cell => ({
  html: `<span class="${value === good ? 'ok' : 'bad'}">${value ? 'да / yes' : 'нет / no'}</span>`,
});

function table(headings: readonly string[], rows: readonly (readonly Cell[])[], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const head = headings.map((heading) => `<th scope="col"><button type="button">${escapeHtml(heading)}</button></th>`);
  const body = rows.map(
    (row) =>
      `<tr>${row
        .map((cell) => `<td${cell.sortValue === undefined ? '' : ` data-sort="${cell.sortValue}"`}>${cell.html}</td>`)
        .join('')}</tr>`,
  );
  return `<table class="sortable"><thead><tr>${head.join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function findingsTable(findings: readonly Finding[], withPage: boolean): string {
  return table(
    [
      'Нарушение / Finding',
      ...(withPage ? ['Страница / Page'] : []),
      'Состояние / State',
      'Что / Subject',
      'Доказательство / Evidence',
    ],
    findings.map((finding) => [
      { html: `<span class="kind">${escapeHtml(KIND_LABELS[finding.kind])}</span>` },
      ...(withPage ? [{ html: `<a href="#${pageAnchor(finding.page)}">${escapeHtml(finding.page)}</a>` }] : []),
      text(finding.state ? STATE_LABELS[finding.state] : '—'),
      text(finding.subject),
      text(finding.evidence),
    ]),
    'Нарушений нет / Nothing flagged',
  );
}

function pageAnchor(url: string): string {
  return `page-${encodeURIComponent(url).replace(/%/g, '')}`;
}

function describeConsent(consent: ConsentReported | null): string {
  if (!consent) return 'нет решения / none';
  return `statistics ${consent.statistics ? '✓' : '✗'}, marketing ${consent.marketing ? '✓' : '✗'}`;
}

function stateRows<T>(page: PageRecord, rows: (record: StateRecord) => T[]): T[] {
  return page.states.flatMap(rows);
}

function pageSection(page: PageRecord): string {
  const consentLine = page.states
    .map(
      (record) => `<li>${escapeHtml(STATE_LABELS[record.state])}: ${escapeHtml(describeConsent(record.consent))}</li>`,
    )
    .join('');
  const disclosed = page.disclosed.map(
    (service) =>
      `<li>${escapeHtml(service.source)}${service.vendor ? ` — <strong>${escapeHtml(vendorLabel(service.vendor))}</strong>` : ''}</li>`,
  );
  const problems = [
    ...page.configProblems,
    ...page.states.flatMap((record) => record.problems.map((problem) => `${STATE_LABELS[record.state]}: ${problem}`)),
  ];
  const cookies = stateRows(page, (record) =>
    record.cookies.map((cookie) => [
      text(STATE_LABELS[record.state]),
      text(cookie.name),
      text(cookie.domain),
      text(cookie.path),
      text(cookie.firstParty ? 'первая / first' : 'третья / third'),
      text(vendorLabel(cookie.vendor)),
      days(cookie.askedDays),
      cookie.removed ? { html: 'удалён / removed', sortValue: -1 } : days(cookie.keptDays),
      text(cookie.setBy ? `${cookie.setBy.via}: ${cookie.setBy.url}` : '—'),
    ]),
  );
  const storage = stateRows(page, (record) => [
    ...record.localStorage.map((key) => [text(STATE_LABELS[record.state]), text('localStorage'), text(key)]),
    ...record.sessionStorage.map((key) => [text(STATE_LABELS[record.state]), text('sessionStorage'), text(key)]),
  ]);
  const requests = stateRows(page, (record) =>
    record.thirdParty.map((group) => [
      text(STATE_LABELS[record.state]),
      {
        html: group.vendor
          ? `<strong>${escapeHtml(group.label)}</strong>`
          : `${escapeHtml(group.label)} <small>(неизвестный / unknown)</small>`,
      },
      text(group.hosts.join(', ')),
      count(group.requests.length),
      text(group.requests[0].url),
      text([...new Set(group.requests.map((request) => request.initiator))].join(', ')),
    ]),
  );
  // A page with findings is open; a clean one is folded so that a long report stays readable.
  return `<section class="page" id="${pageAnchor(page.url)}"><details${page.findings.length ? ' open' : ''}>
<summary><h2>${escapeHtml(page.url)} <span class="badge ${page.findings.length ? 'bad' : 'ok'}">${page.findings.length}</span></h2></summary>
<p><a href="${escapeHtml(page.url)}">${escapeHtml(page.url)}</a></p>
<dl class="facts">
<dt>&lt;cap-consent&gt;</dt><dd>${yesNo(page.hasElement, true).html}</dd>
<dt>Ссылка на настройки / Settings link</dt><dd>${yesNo(page.hasOpener, true).html}</dd>
<dt>Регистрируемый домен / Registrable domain</dt><dd>${escapeHtml(page.registrableDomain)}</dd>
<dt>config-src</dt><dd>${escapeHtml(page.configSrc ?? '—')}</dd>
<dt>Согласие по данным элемента / Consent the element reports</dt><dd><ul>${consentLine}</ul></dd>
<dt>Раскрытые сервисы / Disclosed services</dt><dd>${disclosed.length ? `<ul>${disclosed.join('')}</ul>` : '—'}</dd>
</dl>
${problems.length ? `<div class="problems"><h3>Проблемы аудита / Audit problems</h3><ul>${problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('')}</ul></div>` : ''}
<h3>Нарушения / Findings</h3>
${findingsTable(page.findings, false)}
<h3>Запросы к другим сайтам / Third-party requests</h3>
${table(['Состояние / State', 'Сервис / Vendor', 'Хосты / Hosts', 'Запросов / Requests', 'Первый запрос / First request', 'Инициатор / Initiator'], requests, 'Нет запросов к другим сайтам / No third-party requests')}
<h3>Cookie</h3>
${table(['Состояние / State', 'Имя / Name', 'Домен / Domain', 'Путь / Path', 'Сторона / Party', 'Сервис / Vendor', 'Запрошено, дней / Asked, days', 'Хранится, дней / Kept, days', 'Кем установлен / Set by'], cookies, 'Cookie нет / No cookies')}
<h3>Хранилище / Storage</h3>
${table(['Состояние / State', 'Хранилище / Area', 'Ключ / Key'], storage, 'Ключей нет / No keys')}
</details></section>`;
}

const STYLE = `
:root{color-scheme:light;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;background:#f5f6f8}
body{margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.2rem;margin:0 0 12px;word-break:break-all}h3{font-size:1rem;margin:20px 0 8px}
.meta{color:#5b6472;margin:0 0 20px}
.verdict{padding:14px 18px;border-radius:8px;font-weight:600;margin-bottom:16px}
.verdict.ok{background:#e3f5e8;color:#17602d}.verdict.bad{background:#fde8e8;color:#9b1c1c}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin-bottom:20px}
.card{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px #0002}
.card b{display:block;font-size:1.7rem}.card span{color:#5b6472;font-size:.85rem}
section{background:#fff;border-radius:8px;padding:16px 20px;margin-bottom:20px;box-shadow:0 1px 2px #0002}
table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e6eb;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef0f3;position:sticky;top:0}
th button{all:unset;cursor:pointer;font-weight:600}th button::after{content:" ↕";color:#9aa3af}
th[aria-sort=ascending] button::after{content:" ↑";color:#1d2430}th[aria-sort=descending] button::after{content:" ↓";color:#1d2430}
.ok{color:#17602d}.bad{color:#9b1c1c;font-weight:600}.kind{font-weight:600;color:#9b1c1c}
.badge{font-size:.8rem;border-radius:10px;padding:1px 8px;vertical-align:middle}.badge.ok{background:#e3f5e8}.badge.bad{background:#fde8e8}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}.facts dt{color:#5b6472}.facts dd{margin:0}.facts ul{margin:0;padding-left:18px}
.problems{background:#fff8e1;border-radius:6px;padding:4px 12px;margin-top:12px}
.empty{color:#5b6472;font-style:italic}
summary{cursor:pointer}summary h2{display:inline;margin:0}
`;

// Sorts a table by the clicked column (numbers by data-sort, the rest as text); a link to a folded page opens it.
const SORT_SCRIPT = `
const openTarget = () => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.querySelector('details')?.setAttribute('open', '');
addEventListener('hashchange', openTarget);
openTarget();
for (const table of document.querySelectorAll('table.sortable')) {
  table.querySelectorAll('th').forEach((th, column) => th.querySelector('button').addEventListener('click', () => {
    const order = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    table.querySelectorAll('th').forEach((other) => other.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', order);
    const key = (row) => { const cell = row.cells[column]; return cell.dataset.sort !== undefined ? Number(cell.dataset.sort) : cell.textContent.trim().toLowerCase(); };
    const rows = [...table.tBodies[0].rows].sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * (order === 'ascending' ? 1 : -1); });
    table.tBodies[0].append(...rows);
  }));
}`;

/** The report as one HTML file with no external assets. */
export function renderHtmlReport(report: AuditReport): string {
  const summary = summarize(report);
  const before = summary.states.filter((state) => state.state !== 'accept-all');
  const trackersBefore = new Set(before.flatMap((state) => state.trackers)).size;
  const verdict = summary.findings
    ? `<div class="verdict bad">Найдено нарушений: ${summary.findings} / ${summary.findings} finding(s)</div>`
    : '<div class="verdict ok">Нарушений не найдено / Nothing flagged</div>';
  const cards = [
    [summary.pages, 'Страниц / Pages'],
    [summary.findings, 'Нарушений / Findings'],
    [trackersBefore, 'Трекеров до согласия / Trackers before consent'],
    [report.pages.filter((page) => !page.hasElement).length, 'Страниц без баннера / Pages without banner'],
    [
      summary.findingsByKind['cookie-lifetime'],
      `Cookie дольше ${report.settings.maxCookieDays} дн. / Cookies over ${report.settings.maxCookieDays} days`,
    ],
  ]
    .map(([value, label]) => `<div class="card"><b>${value}</b><span>${escapeHtml(label)}</span></div>`)
    .join('');
  const stateTable = table(
    [
      'Состояние / State',
      'Трекеры / Trackers',
      'Запросов к трекерам / Tracker requests',
      'Другие сторонние хосты / Other third-party hosts',
      'Cookie',
    ],
    summary.states.map((state) => [
      text(STATE_LABELS[state.state]),
      text(state.trackers.join(', ') || '—'),
      count(state.trackerRequests),
      text(state.otherHosts.join(', ') || '—'),
      count(state.cookies),
    ]),
    '',
  );
  const pagesTable = table(
    ['Страница / Page', '<cap-consent>', 'Ссылка на настройки / Settings link', 'Нарушений / Findings'],
    report.pages.map((page) => [
      { html: `<a href="#${pageAnchor(page.url)}">${escapeHtml(page.url)}</a>` },
      yesNo(page.hasElement, true),
      yesNo(page.hasOpener, true),
      count(page.findings.length),
    ]),
    'Страниц нет / No pages',
  );
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Аудит cookie и трекеров / Cookie and tracker audit — cap-consent-audit</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Аудит cookie и трекеров / Cookie and tracker audit</h1>
<p class="meta">${report.settings.startUrls.map(escapeHtml).join(', ')} · ${escapeHtml(report.finishedAt)} · до ${report.settings.maxPages} стр. / up to ${report.settings.maxPages} pages per site</p>
<section>
<h2>Сводка / Summary</h2>
${verdict}
<div class="cards">${cards}</div>
<h3>По состояниям согласия / By consent state</h3>
${stateTable}
<h3>Нарушения / Findings</h3>
${findingsTable(report.findings, true)}
<h3>Страницы / Pages</h3>
${pagesTable}
</section>
${report.pages.map(pageSection).join('\n')}
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}
