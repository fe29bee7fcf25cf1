// Stands in for Yandex.Metrika or GA4: it only reports that it ran.
const ranAt = new Date().toLocaleTimeString();
console.info(`[demo] statistics pixel ran at ${ranAt}`);
document.dispatchEvent(new CustomEvent('demo-pixel-ran', { detail: ranAt }));
