/** Attributes of an element: strings become attributes, functions listeners (`onclick`), booleans flags. */
export type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;
export type Child = Node | string | number | null | undefined | false;

/**
 * Builds an element: `h('button', { type: 'button', onclick: go }, 'Go')`. Text is always text (never HTML), so
 * nothing the mock recorded can inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A labelled field: `<label for=id>text</label>` and the control, in one wrapper. */
export function field(text: string, control: HTMLElement): HTMLElement {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, text), control);
}

/** A JSON value as indented text in a `<pre>`. */
export function jsonBlock(value: unknown, label?: string): HTMLElement {
  return h('pre', { class: 'json', tabindex: 0, 'aria-label': label }, JSON.stringify(value, null, 2));
}

/** A select with these options (value, text), `selected` chosen. */
export function select(options: Array<[string, string]>, selected?: string, attributes: Attributes = {}): HTMLSelectElement {
  return h('select', attributes, ...options.map(([value, text]) => h('option', { value, selected: value === selected }, text)));
}
