import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.setViewport({ width: 320, height: 640 });
await page.goto('http://localhost:8862/demo/', { waitUntil: 'networkidle0' });
console.log(await page.evaluate(async () => {
  const el = document.querySelector('cap-consent'); await el.updateComplete;
  const q = (s) => [...el.shadowRoot.querySelectorAll(s)].map(e => { const r = e.getBoundingClientRect(); return `${s} top=${Math.round(r.top)} h=${Math.round(r.height)} w=${Math.round(r.width)}`; });
  return [...q('[part=banner]'), ...q('.bar-inner'), ...q('.text'), ...q('.summary'), ...q('.actions'), ...q('.button'), getComputedStyle(el.shadowRoot.querySelector('.summary')).fontSize].join('\n');
}));
await browser.close();
