// The marketing demo's panel: which pixels consent.json lists, which ran, and what Google tags would read.
const consentElement = document.querySelector('cap-consent');
const pixelList = document.getElementById('pixels');
const dataLayerView = document.getElementById('data-layer');
/** Pixels that ran, by id: a pixel may run before consent.json is shown in the panel. */
const ranPixels = new Map();

function describeCommand(item) {
  if (item.event) return JSON.stringify(item);
  const [command, ...rest] = Array.from(item);
  return `gtag(${[command, ...rest].map((argument) => JSON.stringify(argument)).join(', ')})`;
}

function showDataLayer() {
  dataLayerView.textContent = (window.dataLayer ?? []).map(describeCommand).join('\n') || '—';
}

function pixelStatus(pixel) {
  if (ranPixels.has(pixel.id)) return { text: ranPixels.get(pixel.id), state: 'ran' };
  if (!pixel.enabled) return { text: 'выключен в consent.json', state: 'off' };
  const granted = consentElement.consent?.[pixel.category];
  return granted
    ? { text: 'загружается…', state: 'loading' }
    : { text: `ждёт согласия (${pixel.category})`, state: 'waiting' };
}

async function showPixels() {
  const { pixels } = await (await fetch(consentElement.getAttribute('config-src'))).json();
  for (const pixel of pixels) {
    const item = document.createElement('li');
    item.dataset.pixel = pixel.id;
    const { text, state } = pixelStatus(pixel);
    item.dataset.state = state;
    const name = document.createElement('strong');
    name.textContent = `${pixel.id} (${pixel.preset ?? 'src'}, ${pixel.category})`;
    const status = document.createElement('span');
    status.className = 'pixel-status';
    status.textContent = text;
    item.append(name, status);
    pixelList.append(item);
  }
}

document.addEventListener('demo-pixel-ran', (event) => {
  const text = `запущен ✓ ${event.detail.note} в ${new Date().toLocaleTimeString()}`;
  ranPixels.set(event.detail.id, text);
  const item = pixelList.querySelector(`[data-pixel="${event.detail.id}"]`);
  if (!item) return;
  item.dataset.state = 'ran';
  item.querySelector('.pixel-status').textContent = text;
});
document.addEventListener('cap-consent-change', () => queueMicrotask(showDataLayer));

document.getElementById('withdraw').addEventListener('click', () => consentElement.withdraw());

customElements.whenDefined('cap-consent').then(() => {
  showPixels();
  showDataLayer();
});
