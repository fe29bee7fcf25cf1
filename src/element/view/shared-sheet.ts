const sheets = new Map<string, CSSStyleSheet>();

/** Adds the stylesheet of `cssText` to `root` once; every root on the page shares one constructed sheet. */
export function adoptSharedSheet(root: ShadowRoot, cssText: string): void {
  let sheet = sheets.get(cssText);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    sheets.set(cssText, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
