// Rollup plugin for the script-tag bundle: strips comments and layout whitespace from static css`…` templates
// (terser leaves template text alone). Spaces around ':' and '>' stay, since they can change a selector's meaning.
const CSS_TEMPLATE = /\bcss\s*`([^`$\\]*)`/g;

const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();

/** @returns {import('rollup').Plugin} */
export const minifyCssTemplates = () => ({
  name: 'minify-css-templates',
  transform(code) {
    const minified = code.replace(CSS_TEMPLATE, (_, text) => `css\`${minifyCss(text)}\``);
    return minified === code ? null : { code: minified, map: null };
  },
});
