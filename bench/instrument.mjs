// Runs in every bench page before its own scripts: counts long tasks and layout shifts, and resolves promises when
// the banner becomes visible and when the gated pixel is requested. The page awaits them with one evaluate call,
// so the bench adds no polling of its own to the script time it measures.
function instrument({ bannerSelector: selector, pixelPath }) {
  // Returning visits and the blank page between visits look for no banner: no checks each frame there.
  const bannerSelector = new URLSearchParams(location.search).has('first-visit') ? selector : null;
  const bench = { longTasks: 0, cls: 0, clickAt: null };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    bench.longTasks += list.getEntries().length;
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) bench.cls += shift.value;
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('click', (event) => (bench.clickAt ??= event.timeStamp), true);

  // The accept click's duration to the next paint, as INP counts it (Event Timing): the longest of the events of
  // that one interaction. Events under 16 ms are not reported as "event" entries; "first-input" always is.
  const interactionEvents = [];
  new PerformanceObserver((list) => interactionEvents.push(...list.getEntries())).observe({
    type: 'event',
    durationThreshold: 16,
    buffered: true,
  });
  bench.clickToPaint = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const [firstInput] = list.getEntries();
      // Entries of the other events of the interaction are queued with it: read them a frame later.
      requestAnimationFrame(() =>
        resolve(Math.max(firstInput.duration, ...interactionEvents.map((entry) => entry.duration))),
      );
    }).observe({ type: 'first-input', buffered: true });
  });

  bench.pixelRequestedAt = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const pixel = list.getEntries().find((entry) => new URL(entry.name).pathname === pixelPath);
      if (pixel) resolve(pixel.startTime);
    }).observe({ type: 'resource', buffered: true });
  });

  // "a >>> b": b inside the open shadow root of a.
  const findBanner = () =>
    bannerSelector
      .split(' >>> ')
      .reduce((scope, part, index) => (index === 0 ? scope : scope?.shadowRoot)?.querySelector(part) ?? null, document);
  const isVisible = (element) => {
    if (!element) return false;
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return (
      rect.width > 0 &&
      rect.height > 0 &&
      rect.top < innerHeight &&
      rect.bottom > 0 &&
      style.visibility !== 'hidden' &&
      Number(style.opacity) > 0
    );
  };
  bench.bannerVisibleAt = new Promise((resolve) => {
    if (!bannerSelector) return resolve(null);
    const check = () => (isVisible(findBanner()) ? resolve(performance.now()) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
}

/** The init script for one subject's pages. */
export function instrumentation(subject, pixelPath) {
  const options = { bannerSelector: subject.bannerSelector, pixelPath };
  return `(${instrument})(${JSON.stringify(options)});`;
}
