/**
 * `<cap-consent>` in Vue 3 templates (vue-tsc, Volar): `import type {} from 'cap-consent/vue';` once in the app,
 * and tell the compiler it is a custom element: `compilerOptions.isCustomElement: (tag) => tag === 'cap-consent'`.
 */
import type { AllowedComponentProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
import type { CapConsentElement, CapConsentEventMap } from '../dist/types/index.js';
import type { CapConsentAttributes } from './attributes.js';

/** `@cap-consent-change` and the other events, typed with the element's event map. */
export type CapConsentVueEmits = {
  [K in keyof CapConsentEventMap]: (event: CapConsentEventMap[K]) => void;
};

/** The component type Vue's tooling sees for `<cap-consent>`. */
export type CapConsentVueComponent = new () => CapConsentElement & {
  $props: Omit<HTMLAttributes, 'lang'> & CapConsentAttributes & AllowedComponentProps & VNodeProps;
  $emit: EmitFn<CapConsentVueEmits>;
};

declare module 'vue' {
  interface GlobalComponents {
    'cap-consent': CapConsentVueComponent;
  }
}
