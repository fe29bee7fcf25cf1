import type { AxeResults, RunOptions } from 'axe-core';
import type { CapConsentElement } from '../../src/index.js';

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

let axeLoaded: Promise<void> | undefined;

/** Loads axe-core into the test page (it is a classic script that defines `window.axe`). */
function loadAxe(): Promise<void> {
  axeLoaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).href;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('axe-core did not load')));
    document.head.append(script);
  });
  return axeLoaded;
}

const WCAG_22_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
};

/** axe-core's WCAG 2.2 A/AA and best-practice violations inside the element's shadow DOM, one line each. */
export async function axeViolations(element: CapConsentElement): Promise<string[]> {
  await loadAxe();
  // Text still sliding in counts as off-screen for axe: let the banner settle first.
  await Promise.all(element.shadowRoot!.getAnimations().map((animation) => animation.finished));
  const results: AxeResults = await window.axe!.run(element, WCAG_22_AA);
  return results.violations.map(
    ({ id, nodes }) =>
      `${id}: ${nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary}`).join('; ')}`,
  );
}

/** The focused element, looking inside open shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function relativeLuminance(color: string): number {
  const channels = color
    .match(/[\d.]+/g)
    ?.slice(0, 3)
    .map(Number);
  if (!channels || channels.length < 3) throw new Error(`not an rgb() colour: ${color}`);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two opaque computed colours (`rgb(…)`). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
