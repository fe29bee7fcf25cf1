import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w,h] of [[320,640],[360,740],[1280,800]]) for (const lang of ['ru','kk','en']) {
  const page = await browser.newPage();
  await page.setViewport({ width: w, height: h });
  await page.goto('http://localhost:8862/demo/', { waitUntil: 'networkidle0' });
  const r = await page.evaluate(async (lang) => {
    const el = document.querySelector('cap-consent'); el.setAttribute('lang', lang);
    await new Promise(r => setTimeout(r, 50)); await el.updateComplete;
    const b = el.shadowRoot.querySelector('[part=banner]').getBoundingClientRect();
    return { h: Math.round(b.height), sw: document.documentElement.scrollWidth };
  }, lang);
  console.log(w, h, lang, r, Math.round(100*r.h/h)+'%');
  await page.close();
}
await browser.close();
