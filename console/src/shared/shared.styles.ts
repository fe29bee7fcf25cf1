import { css } from 'lit';

/** Forms, buttons, tables and focus rings shared by every page (contrast ≥ 4.5:1 on white). */
export const sharedStyles = css`
  :host {
    display: block;
    color: var(--console-fg, #1b2330);
  }
  [hidden] {
    display: none !important;
  }
  h1 {
    font-size: 1.6rem;
    margin: 0 0 1rem;
  }
  h2 {
    font-size: 1.25rem;
    margin: 1.5rem 0 0.75rem;
  }
  a {
    color: var(--console-accent, #0b57a4);
  }
  :focus-visible {
    outline: 3px solid var(--console-focus, #0b57a4);
    outline-offset: 2px;
  }
  .panel {
    background: var(--console-surface, #fff);
    border: 1px solid var(--console-border, #8a96a8);
    border-radius: 8px;
    padding: 1rem 1.25rem;
    margin-block-end: 1rem;
  }
  .panel > h2:first-child,
  .panel > h1:first-child {
    margin-block-start: 0;
  }
  table {
    margin-block-end: 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: 0.75rem;
  }
  .field label,
  .label {
    font-weight: 600;
  }
  .hint {
    color: var(--console-muted, #4a5566);
    font-size: 0.875rem;
  }
  .error {
    color: var(--console-error, #b3261e);
    font-size: 0.9rem;
    font-weight: 600;
  }
  input,
  select,
  textarea {
    font: inherit;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--console-border, #8a96a8);
    border-radius: 4px;
    background: #fff;
    color: inherit;
    min-height: 2.5rem;
    box-sizing: border-box;
  }
  input[aria-invalid='true'] {
    border-color: var(--console-error, #b3261e);
    border-width: 2px;
  }
  button,
  .button {
    font: inherit;
    cursor: pointer;
    border-radius: 4px;
    padding: 0.45rem 1rem;
    min-height: 2.5rem;
    border: 1px solid var(--console-accent, #0b57a4);
    background: var(--console-accent, #0b57a4);
    color: var(--console-accent-fg, #fff);
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
  }
  button.secondary,
  .button.secondary {
    background: #fff;
    color: var(--console-accent, #0b57a4);
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: #fff;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    border: 1px solid var(--console-border, #8a96a8);
    padding: 0.4rem 0.6rem;
    text-align: start;
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .status {
    padding: 0.6rem 0.9rem;
    border-radius: 4px;
    border-inline-start: 4px solid var(--console-accent, #0b57a4);
    background: #eef4fb;
    margin-block: 0.75rem;
  }
  .status.failed {
    border-color: var(--console-error, #b3261e);
    background: #fdeeed;
  }
  .status.done {
    border-color: var(--console-ok, #1e6b34);
    background: #edf7ef;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-end;
  }
`;
