// Rollup plugin for the script-tag bundle: shrinks the text of our own template literals, which terser leaves alone.
// - css`…` without expressions: comments and layout whitespace go. Spaces around ':' and '>' stay, since they can
//   change a selector's meaning.
// - Indentation after a line break goes everywhere in our modules. Only template literals can hold a raw line break,
//   and for html`…` and css`…` a line break alone is the same whitespace as a line break plus spaces.
const CSS_TEMPLATE = /\bcss\s*`([^`$\\]*)`/g;
const OUR_MODULE = /\/src\/.*\.ts$/;

const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();

/** @returns {import('rollup').Plugin} */
export const minifyTemplates = () => ({
  name: 'minify-templates',
  transform(code, id) {
    if (!OUR_MODULE.test(id)) return null;
    const minified = code.replace(CSS_TEMPLATE, (_, text) => `css\`${minifyCss(text)}\``).replace(/\n[ \t]+/g, '\n');
    return minified === code ? null : { code: minified, map: null };
  },
});
