// Stands in for VK's code.js (top.mail.ru). consent.json has it disabled, so it never runs until someone sets
// "enabled": true.
const ids = (window._tmr ?? []).map((item) => item.id);
document.dispatchEvent(new CustomEvent('demo-pixel-ran', { detail: { id: 'vk-retargeting', note: `_tmr ${ids}` } }));
