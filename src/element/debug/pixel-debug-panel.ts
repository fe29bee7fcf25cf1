import type { PixelState, PixelStateName } from '../../integrations/pixel-states.js';

/** The element as the panel sees it: its pixel list, announced by `cap-consent-pixels`. */
interface PixelSource extends HTMLElement {
  readonly pixels: readonly PixelState[];
}

const STATE_LABELS: Record<PixelStateName, string> = {
  waiting: 'ждёт согласия · waiting',
  started: 'запущен · started',
  failed: 'не загрузился · failed',
  disabled: 'выключен · disabled',
  invalid: 'ошибка в записи · invalid',
  withdrawn: 'согласие отозвано · withdrawn',
};

const STYLES = `
:host { all: initial; position: fixed; top: 8px; right: 8px; z-index: 2147483647; max-width: min(34rem, calc(100vw - 16px));
  max-height: calc(100vh - 16px); overflow: auto; font: 13px/1.4 system-ui, sans-serif; color: #111; background: #fff;
  border: 1px solid #888; border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); }
header { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 6px 10px; background: #f1f1f1; font-weight: 600; }
button { font: inherit; cursor: pointer; border: 1px solid #888; background: #fff; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 10px; border-top: 1px solid #ddd; }
td:nth-child(2) { white-space: nowrap; }
li { overflow-wrap: anywhere; }
th { font-weight: 600; background: #fafafa; }
.state { white-space: nowrap; font-weight: 600; }
.started { color: #0a6b2a; } .waiting, .withdrawn, .disabled { color: #5a5a5a; } .failed, .invalid { color: #a4000f; }
.reason { color: #444; font-size: 12px; font-weight: 400; white-space: normal; overflow-wrap: anywhere; }
ul { margin: 0; padding: 6px 10px 6px 28px; color: #a4000f; border-top: 1px solid #ddd; }
p { margin: 0; padding: 6px 10px; border-top: 1px solid #ddd; }
`;

function cell(text: string, className = ''): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function row(pixel: PixelState): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const state = cell(STATE_LABELS[pixel.state], `state ${pixel.state}`);
  if (pixel.reason) {
    const reason = document.createElement('div');
    reason.className = 'reason';
    reason.textContent = pixel.reason;
    state.append(reason);
  }
  tr.append(cell(pixel.id), cell(pixel.vendor ?? '—'), cell(pixel.category ?? '—'), state);
  return tr;
}

/**
 * A small panel, for a marketer on a live page, listing the config's pixels
 * and where each stands; it follows `cap-consent-pixels` until closed.
 * Everything is text nodes: ids and reasons come from the config file.
 */
export function showPixelDebugPanel(element: PixelSource, problems: () => readonly string[]): void {
  const host = document.createElement('div');
  host.setAttribute('data-cap-consent-debug', '');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  root.adoptedStyleSheets = [sheet];
  const header = document.createElement('header');
  const title = document.createElement('span');
  title.textContent = 'cap-consent: пиксели · pixels';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Закрыть · Close');
  header.append(title, close);
  const body = document.createElement('div');
  root.append(header, body);

  const render = (): void => {
    const table = document.createElement('table');
    const head = document.createElement('tr');
    for (const label of ['id', 'vendor', 'category', 'state']) {
      const th = document.createElement('th');
      th.textContent = label;
      head.append(th);
    }
    table.append(head, ...element.pixels.map(row));
    const parts: HTMLElement[] = [table];
    if (element.pixels.length === 0) {
      const empty = document.createElement('p');
      empty.textContent =
        'Нет пикселей (config-src не задан или не загрузился) · No pixels (no config-src, or it did not load)';
      parts.push(empty);
    }
    if (problems().length > 0) {
      const list = document.createElement('ul');
      list.append(
        ...problems().map((problem) => {
          const item = document.createElement('li');
          item.textContent = problem;
          return item;
        }),
      );
      parts.push(list);
    }
    body.replaceChildren(...parts);
  };
  element.addEventListener('cap-consent-pixels', render);
  close.addEventListener('click', () => {
    element.removeEventListener('cap-consent-pixels', render);
    host.remove();
  });
  render();
  if (document.body) document.body.append(host);
  else document.addEventListener('DOMContentLoaded', () => document.body.append(host), { once: true });
}
