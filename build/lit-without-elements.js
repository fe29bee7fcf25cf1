// What 'lit' resolves to in the script-tag bundle: lit-html alone. The view renders with lit-html's render() into
// the host's shadow root and styles it with one constructable stylesheet, so it never uses LitElement,
// ReactiveElement or the css tag, whose modules cannot be tree-shaken away (they register themselves on load).
export * from 'lit-html';
