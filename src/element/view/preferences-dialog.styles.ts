// The same plain tagged template as consent-view.styles.ts; the custom properties (--_bg, --_accent…) are set there.
const css = String.raw;

/** The dialog's styles, a sheet of their own that comes with the dialog's chunk. */
export const preferencesDialogCss = css`
  .preferences {
    box-sizing: border-box;
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    overflow: auto;
    overscroll-behavior: contain;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font-family: var(--_font);
    line-height: 1.5;
    box-shadow: 0 12px 48px rgb(0 0 0 / 0.3);
  }

  .preferences::backdrop {
    background: rgb(10 16 24 / 0.55);
  }

  .preferences-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
  }

  .close {
    flex: none;
    width: 2.75rem;
    height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_fg);
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
  }

  .intro {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .categories {
    list-style: none;
    margin: 1rem 0;
    padding: 0;
    border-top: 1px solid var(--_border);
  }

  .category {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--_border);
  }

  .category label {
    font-weight: 600;
    cursor: pointer;
  }

  .category .description {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .category strong {
    color: var(--_fg);
  }

  .services,
  .abroad,
  .own-cookie,
  .note,
  .record {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  .services,
  .abroad,
  .own-cookie {
    grid-column: 2;
  }

  .services {
    padding-left: 1.125rem;
  }

  .service + .service {
    margin-top: 0.25rem;
  }

  .abroad {
    font-weight: 600;
  }

  .record {
    color: var(--_fg);
  }

  .consent-id {
    font-size: 1.0625em;
  }

  .copy {
    min-width: 0;
    min-height: 2rem;
    margin-inline-end: 0.5rem;
    padding: 0.125rem 0.75rem;
  }

  /* A checkbox drawn as a switch: on/off is shown by the knob's position and a check mark, not by colour alone. */
  .switch {
    appearance: none;
    position: relative;
    box-sizing: border-box;
    width: 2.75rem;
    height: 1.5rem;
    margin: 0;
    border: 2px solid var(--_muted);
    border-radius: 999px;
    background: var(--_bg);
    cursor: pointer;
  }

  .switch::before {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: var(--_muted);
  }

  .switch:checked {
    border-color: var(--_accent);
    background: var(--_accent);
  }

  .switch:checked::before {
    left: auto;
    right: 2px;
    background: var(--_accent-fg);
  }

  .switch:checked::after {
    content: '✓';
    position: absolute;
    left: 0.3rem;
    top: 50%;
    transform: translateY(-50%);
    color: var(--_accent-fg);
    font-size: 0.75rem;
    font-weight: 700;
  }

  .switch:disabled {
    cursor: not-allowed;
    opacity: 0.75;
  }

  @media (forced-colors: active) {
    .switch::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
