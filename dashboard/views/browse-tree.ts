import { h } from '../dom.js';

/** A node as `GET /__admin/browse/{api}` answers it. */
export type BrowseNode = { kind: string; id: string; label: string; fields: Record<string, unknown>; children: Array<{ kind: string; total: number; nodes: BrowseNode[] }> };

function value(inner: unknown): Node {
  if (inner !== null && typeof inner === 'object') {
    const list = h('dl', { class: 'fields nested' });
    for (const [key, item] of Object.entries(inner)) list.append(h('dt', {}, key), h('dd', {}, value(item)));
    return list;
  }
  return document.createTextNode(String(inner));
}

function fields(record: Record<string, unknown>): HTMLElement {
  const list = h('dl', { class: 'fields' });
  for (const [key, inner] of Object.entries(record)) list.append(h('dt', {}, key), h('dd', {}, value(inner)));
  return list;
}

/**
 * Renders nodes as nested disclosure widgets (`<details>`: keyboard and screen readers know them), each list of
 * children with how many there are in all; `open` keeps which nodes the reader opened across refreshes.
 */
export function browseTree(nodes: BrowseNode[], open: Set<string>): HTMLElement {
  const list = h('ul', { class: 'tree' });
  for (const node of nodes) {
    const key = `${node.kind}:${node.id}`;
    const details = h('details', { open: open.has(key), 'data-key': key }, h('summary', {}, node.label));
    details.addEventListener('toggle', () => (details.open ? open.add(key) : open.delete(key)));
    details.append(fields(node.fields));
    for (const children of node.children) {
      const shown = children.nodes.length < children.total ? `${children.nodes.length} of ${children.total}` : String(children.total);
      details.append(h('p', { class: 'children' }, `${children.kind}: ${shown}`));
      if (children.nodes.length) details.append(browseTree(children.nodes, open));
    }
    list.append(h('li', {}, details));
  }
  return list;
}
