// What 'lit' resolves to in the script-tag bundle: the same exports minus LitElement and ReactiveElement, which the
// view (rendered with lit-html's render() into the host's shadow root) never uses but whose modules cannot be
// tree-shaken away (they register themselves on load).
export * from 'lit-html';
export * from '@lit/reactive-element/css-tag.js';
