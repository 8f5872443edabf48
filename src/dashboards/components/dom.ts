// A tiny element builder for cards and lists. (htl 1.0.0, the version in
// package.json, exports ESM only and Framework 1.13 cannot resolve it; this
// avoids the dependency rather than pinning an older htl.)

/** What `el` takes as children: nodes, text, numbers, nothing (null, undefined, false), or lists of these. */
export type Child = Node | string | number | null | undefined | false | Child[];

/** `el("div", {class: "card"}, "text", child)`: an element with attributes (null/false ones left out) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}
