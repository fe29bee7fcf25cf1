// Stands in for Yandex.Metrika's tag.js, so the demo never contacts Yandex: it
// reads the `ym(counter, 'init')` call the preset queued, as the real tag does.
const counters = (window.ym?.a ?? []).filter((args) => args[1] === 'init').map((args) => args[0]);
document.dispatchEvent(
  new CustomEvent('demo-pixel-ran', { detail: { id: 'metrika', note: `ym(${counters}, 'init')` } }),
);
