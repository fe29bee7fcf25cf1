import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** Holds the element a template marked with `ref(holder)`. */
export interface ElementRef<T extends Element> {
  value?: T;
}

/** An empty holder for `ref()`. */
export const createRef = <T extends Element>(): ElementRef<T> => ({});

/**
 * Lit's `ref` without its async-directive machinery (~1 KB gzip): the view renders every referenced element once
 * and never removes it, so the holder needs no clearing on disconnect.
 */
class ElementRefDirective extends Directive {
  render(_holder: ElementRef<Element>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [holder]: [ElementRef<Element>]): typeof noChange {
    holder.value = part.element;
    return noChange;
  }
}

/** Puts the element this is placed on into `holder.value`. */
export const ref = directive(ElementRefDirective);
