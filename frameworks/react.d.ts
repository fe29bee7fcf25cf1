/**
 * `<cap-consent>` in React 19 JSX: `import type {} from 'cap-consent/react';` once in the app.
 * React 19 adds a listener for `on<event-name>` props on custom elements, so events are `oncap-consent-change`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CapConsentElement, CapConsentEventMap } from '../dist/types/index.js';
import type { CapConsentAttributes } from './attributes.js';

/** `oncap-consent-change` and the other event props, typed with the element's event map. */
export type CapConsentReactEvents = {
  [K in keyof CapConsentEventMap as `on${K}`]?: (event: CapConsentEventMap[K]) => void;
};

/** Props of `<cap-consent>` in JSX. */
export type CapConsentReactProps = Omit<
  DetailedHTMLProps<HTMLAttributes<CapConsentElement>, CapConsentElement>,
  'lang'
> &
  CapConsentAttributes &
  CapConsentReactEvents;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cap-consent': CapConsentReactProps;
    }
  }
}
