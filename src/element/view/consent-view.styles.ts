// A plain tagged template (no lit `css`): the build minifies css`…` text, and one constructable stylesheet needs none
// of lit's style helpers (~0.7 KB gzip), nor an inline <style> that a strict `style-src` would refuse.
const css = String.raw;

/** The view's styles as CSS text; `adoptSharedSheet` turns them into the sheet every banner shares. */
export const consentViewCss = css`
  :host {
    --_bg: var(--cap-consent-background, #ffffff);
    --_fg: var(--cap-consent-color, #1b2330);
    --_muted: var(--cap-consent-muted-color, #4a5566);
    --_accent: var(--cap-consent-accent, #0b57a4);
    --_accent-fg: var(--cap-consent-accent-color, #ffffff);
    --_border: var(--cap-consent-border-color, #c9d2de);
    --_focus: var(--cap-consent-focus-color, #0b57a4);
    --_radius: var(--cap-consent-radius, 8px);
    --_font: var(--cap-consent-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_z: var(--cap-consent-z-index, 2147483000);
    --_width: var(--cap-consent-max-width, 72rem);
    display: block;
    font-family: var(--_font);
    font-size: var(--cap-consent-font-size, 1rem);
    line-height: 1.5;
    color: var(--_fg);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--cap-consent-background, #161b22);
      --_fg: var(--cap-consent-color, #eef2f7);
      --_muted: var(--cap-consent-muted-color, #b9c3d0);
      --_accent: var(--cap-consent-accent, #8cc4ff);
      --_accent-fg: var(--cap-consent-accent-color, #0b1626);
      --_border: var(--cap-consent-border-color, #3a4554);
      --_focus: var(--cap-consent-focus-color, #ffd166);
    }
  }

  [hidden] {
    display: none !important;
  }

  .bar {
    position: fixed;
    inset: auto 0 0 0;
    z-index: var(--_z);
    box-sizing: border-box;
    max-height: 70vh;
    overflow-y: auto;
    background: var(--_bg);
    color: var(--_fg);
    border-top: 1px solid var(--_border);
    box-shadow: 0 -4px 24px rgb(0 0 0 / 0.14);
  }

  .bar:focus {
    outline: none;
  }

  /*
   * On a short viewport (a landscape phone, 400% zoom) a fixed bar would cover most of the page:
   * the bar joins the page flow instead, where the element stands (first in <body>).
   */
  @media (max-height: 30rem) {
    .bar {
      position: static;
      max-height: none;
      overflow: visible;
      box-shadow: none;
      border-bottom: 1px solid var(--_border);
    }
  }

  .bar:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }

  @media (prefers-reduced-motion: no-preference) {
    .banner {
      animation: rise 180ms ease-out;
    }
    @keyframes rise {
      from {
        transform: translateY(100%);
      }
    }
  }

  .bar-inner {
    box-sizing: border-box;
    max-width: var(--_width);
    margin: 0 auto;
    padding: 1rem 1.25rem;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 2rem;
  }

  .text {
    flex: 1 1 32rem;
    min-width: 0;
  }

  .title {
    margin: 0 0 0.25rem;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
  }

  .summary,
  .intro,
  .description,
  .saved,
  .updated {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .summary {
    font-size: 0.9375em;
  }

  .updated {
    margin-bottom: 0.25rem;
    font-weight: 600;
  }

  .saved {
    flex: 1 1 16rem;
    font-weight: 600;
  }

  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: 600;
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .button {
    box-sizing: border-box;
    min-height: 2.75rem;
    min-width: 10rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    font: inherit;
    font-size: 0.9375em;
    font-weight: 600;
    cursor: pointer;
    /* A long word on a phone under wider text spacing (WCAG 1.4.12) breaks instead of overflowing. */
    overflow-wrap: anywhere;
  }

  .primary {
    background: var(--_accent);
    color: var(--_accent-fg);
  }

  /* A border of 3:1 or more against the background shows where the button is (WCAG 1.4.11). */
  .secondary {
    background: transparent;
    color: var(--_fg);
    border-color: var(--_muted);
  }

  .button:hover {
    filter: brightness(1.08);
  }

  .secondary:hover {
    border-color: var(--_accent);
  }

  /*
   * Phones: the title only for screen readers (the summary says the same), smaller type, the two equal
   * choices side by side and «Настроить» as a link-like button keep the bar under half of a 320×640
   * screen with the whole summary shown.
   */
  @media (max-width: 40rem) {
    .bar-inner {
      padding: 0.625rem 1rem;
      gap: 0.5rem;
    }
    .text {
      font-size: 0.875em;
      line-height: 1.375;
    }
    .banner .title {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .summary {
      font-size: 1em;
    }
    .saved {
      font-size: 0.875em;
    }
    .actions {
      width: 100%;
    }
    .button {
      flex: 1 1 8rem;
      min-width: 0;
      min-height: 2.5rem;
      padding: 0.125rem 0.5rem;
      font-size: 0.875em;
      line-height: 1.25;
    }
    .banner .secondary {
      flex-basis: 100%;
      min-height: 1.5rem;
      padding: 0.125rem;
      border: 0;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
  }

  .visually-hidden,
  .confirmation:not(.open) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    padding: 0;
    border: 0;
  }
`;
