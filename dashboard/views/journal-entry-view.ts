import { h, jsonBlock } from '../dom.js';

/** A journal entry as the admin API shows it (masked). */
export type Entry = {
  id: number;
  time: string;
  sandbox: string;
  method: string;
  path: string;
  operationId: string | null;
  status: number;
  durationMs: number;
  request: { headers: unknown; body: unknown };
  response: { body: unknown };
};

/** One entry: a disclosure whose summary is the request line and whose content is its request and answer. */
export function journalEntryView(entry: Entry): HTMLElement {
  const time = entry.time.slice(11, 23);
  const summary = h(
    'summary', {},
    h('span', { class: 'time' }, time), ' ',
    h('span', { class: 'method' }, entry.method), ' ',
    h('span', { class: 'path' }, entry.path), ' ',
    h('span', { class: entry.status >= 400 ? 'status bad' : 'status' }, String(entry.status)), ' ',
    h('span', { class: 'op' }, entry.operationId ?? '(no operation)'), ' ',
    h('span', { class: 'sandbox' }, entry.sandbox),
  );
  return h(
    'li', { 'data-id': entry.id },
    h('details', {}, summary,
      h('p', {}, `#${entry.id} at ${entry.time}, ${entry.durationMs} ms, sandbox ${entry.sandbox}`),
      h('h3', {}, 'Request headers'), jsonBlock(entry.request.headers, `Request headers of #${entry.id}`),
      h('h3', {}, 'Request body'), jsonBlock(entry.request.body, `Request body of #${entry.id}`),
      h('h3', {}, `Answer ${entry.status}`), jsonBlock(entry.response.body, `Answer body of #${entry.id}`)),
  );
}
