/** Custom Elements Manifest (dist/custom-elements.json) from the element's JSDoc; only the public API is listed. */
// Built just before (npm run build): the attribute table the element observes, to check the JSDoc against.
const { CONSENT_ATTRIBUTES } = await import('./dist/core.js');

export default {
  globs: ['src/element/cap-consent-element.ts'],
  outdir: 'dist',
  plugins: [
    {
      name: 'cap-consent-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          // Consumers import the class from the package's `./element` entry, not from src/.
          module.path = 'dist/element.js';
          module.exports = [
            ...(module.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: 'cap-consent',
              declaration: { name: 'CapConsentElement', module: 'dist/element.js' },
            },
          ];
          for (const declaration of module.declarations ?? []) {
            const documented = (declaration.attributes ?? []).map((attribute) => attribute.name).sort();
            const table = Object.keys(CONSENT_ATTRIBUTES).sort();
            if (documented.join() !== table.join()) {
              throw new Error(`@attr in the JSDoc (${documented}) differs from CONSENT_ATTRIBUTES (${table})`);
            }
            declaration.members = declaration.members?.filter(
              // Symbol-keyed members (`[ELEMENT_MARKER]`) are internal.
              (member) =>
                member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('['),
            );
          }
        }
      },
    },
  ],
};
