import type { TemplateResult } from 'lit';

type Filling = string | TemplateResult;

/** `text` with each `{name}` replaced by `values[name]` (text or markup); an unknown name stays as written. */
export function fillIn(text: string, values: Readonly<Record<string, Filling>>): Filling[] {
  // split() with a capturing group puts every name at an odd index.
  return text.split(/\{(\w+)\}/).map((piece, index) => (index % 2 === 1 ? (values[piece] ?? `{${piece}}`) : piece));
}
