// The "floor" bench subject: the least any consent script can do on a page view. A returning visitor's cookie
// starts the gated pixel; without it one button stores the cookie and starts it. No texts, no styles, no API.
const granted = () => /(?:^|;\s*)bench_floor=1/.test(document.cookie);
const startPixel = () => {
  const waiting = document.querySelector('script[type="text/plain"][data-cap-consent]');
  const live = document.createElement('script');
  live.src = waiting.getAttribute('src');
  live.async = true;
  waiting.replaceWith(live);
};

if (granted()) {
  startPixel();
} else {
  const accept = document.createElement('button');
  accept.id = 'floor-accept';
  accept.textContent = 'Принять';
  accept.onclick = () => {
    document.cookie = 'bench_floor=1; path=/; max-age=31536000';
    accept.remove();
    startPixel();
  };
  document.body.append(accept);
}
