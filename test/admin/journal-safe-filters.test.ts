import { describe, expect, it } from 'vitest';
import { credereHeaders } from './api-headers.js';
import { startMock, type RunningMock } from '../helpers/start-mock.js';

const banks = (mock: RunningMock, query: string) => mock.call('GET', `/credere/api/v1/banks?${query}`, { headers: credereHeaders() });
// A small entry (a 404 with a short body): a thousand of them stay under the byte cap of a page.
const customer = (mock: RunningMock, id: number) => mock.call('GET', `/credere/api/v1/customers/${id}`, { headers: credereHeaders() });
const pattern = (value: string) => encodeURIComponent(value);

describe('journal filters that cannot block the server', () => {
  it('answers a catastrophic-backtracking pathPattern in linear time, other callers unaffected', async () => {
    const mock = await startMock();
    await banks(mock, `q=${'a'.repeat(26)}!`);
    const started = performance.now();
    const [list, count, other] = await Promise.all([
      mock.call('GET', `/__admin/requests?pathPattern=${pattern('(a+)+$')}`),
      mock.call('POST', '/__admin/requests/count', { body: { pathPattern: '(a|aa)+$' } }),
      banks(mock, 'q=1'),
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(list.status).toBe(200);
    expect(list.body.requests).toEqual([]);
    expect(count.body).toEqual({ count: 0 });
    expect(other.status).toBe(200);
    const found = await mock.call('GET', `/__admin/requests?pathPattern=${pattern('q=(a+)+!$')}`);
    expect(found.body.requests.map((entry: { path: string }) => entry.path)).toEqual([`/credere/api/v1/banks?q=${'a'.repeat(26)}!`]);
  });

  it.each([
    ['a backreference', '(a)\\1'],
    ['a lookahead', 'a(?=b)'],
    ['a lookbehind', '(?<!x)a'],
    ['a pattern over 512 characters', 'a'.repeat(513)],
  ])('refuses %s in pathPattern with a 400 problem', async (_what, value) => {
    const mock = await startMock();
    await banks(mock, 'q=1');
    for (const answer of [
      await mock.call('GET', `/__admin/requests?pathPattern=${pattern(value)}`),
      await mock.call('POST', '/__admin/requests/count', { body: { pathPattern: value } }),
    ]) {
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.detail).toMatch(/pathPattern/);
    }
  });

  it('keeps the JavaScript syntax that pathPattern documents', async () => {
    const mock = await startMock();
    await banks(mock, 'q=12');
    const count = async (value: string) => (await mock.call('POST', '/__admin/requests/count', { body: { pathPattern: value } })).body.count;
    expect(await count('^/credere/api/v1/(banks|stores)\\?q=\\d{2}$')).toBe(1);
    expect(await count('(?<name>banks)')).toBe(1);
    expect(await count('BANKS')).toBe(0);
  });
});

describe('journal pages', () => {
  it('caps limit at 1000 entries, with the total and a link to the next page', async () => {
    const mock = await startMock({ journalSize: 1100 });
    for (let i = 0; i < 1050; i += 50) await Promise.all(Array.from({ length: 50 }, (_, j) => customer(mock, i + j + 1)));
    const first = await mock.call('GET', '/__admin/requests?limit=100000&path=/credere/api/v1/customers/');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ size: 1050, total: 1050, limit: 1000 });
    expect(first.body.requests).toHaveLength(1000);
    expect(first.body.next).toMatch(/^\/__admin\/requests\?/);
    const second = await mock.call('GET', first.body.next);
    expect(second.body).toMatchObject({ total: 1050, next: null });
    const paths = [...first.body.requests, ...second.body.requests].map((entry: { path: string }) => entry.path);
    expect(paths).toHaveLength(1050);
    expect(new Set(paths).size).toBe(1050);
  });

  it('stops a page at about 1 MB of entries and pages through the rest', async () => {
    const mock = await startMock();
    const name = 'x'.repeat(4000);
    const add = () => mock.call('POST', '/credere/api/v1/customers', { headers: credereHeaders(), body: { customer: { name, cpf: '529.982.247-25' } } });
    for (let i = 0; i < 300; i += 30) await Promise.all(Array.from({ length: 30 }, add));
    let next: string | null = '/__admin/requests?limit=1000';
    const ids: number[] = [];
    let pages = 0;
    while (next !== null) {
      const response = await fetch(`${mock.url}${next}`);
      const text = await response.text();
      expect(text.length).toBeLessThanOrEqual(1024 * 1024);
      const body = JSON.parse(text) as { total: number; next: string | null; requests: Array<{ id: number }> };
      expect(body.total).toBe(300);
      expect(body.requests.length).toBeGreaterThan(0);
      ids.push(...body.requests.map((entry) => entry.id));
      next = body.next;
      pages++;
    }
    expect(pages).toBeGreaterThan(1);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
  });

  it('refuses a bad before with a 400 problem', async () => {
    const mock = await startMock();
    const answer = await mock.call('GET', '/__admin/requests?before=x');
    expect(answer.status).toBe(400);
  });
});
