import { describe, expect, it } from 'vitest';
import { fullCustomer, lenient, newCpf } from '../credere/credere-fixtures.js';
import { startMock } from '../helpers/start-mock.js';

const mock = await startMock();
const guarded = await startMock({ adminToken: 'adm1n' });

type Event = { event: string; id?: string; data: any };

/** Opens the stream and answers a reader of its events, one at a time. */
async function openStream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<Event> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split('\n').filter((line) => !line.startsWith(':') && !line.startsWith('retry:'));
        if (!lines.length) continue;
        const field = (name: string) => lines.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
        return { event: field('event') ?? 'message', id: field('id'), data: JSON.parse(field('data') ?? 'null') };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += value;
    }
  };
  return { response, next, close: () => controller.abort() };
}

const create = (sandbox: string, cpf = newCpf()) =>
  mock.call('POST', '/credere/api/v1/customers', { headers: { authorization: 'Bearer k', 'x-clientela-sandbox': sandbox }, body: { bank_validations: lenient, customer: fullCustomer(cpf) } });

describe('GET /__admin/requests/stream', () => {
  it('sends each new request of its sandbox as a masked journal entry, live', async () => {
    const stream = await openStream(`${mock.url}/__admin/requests/stream?sandbox=live-a`);
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
    expect((await stream.next()).event).toBe('ready');
    const cpf = newCpf();
    await create('live-b');
    await create('live-a', cpf);
    const event = await stream.next();
    expect(event.event).toBe('request');
    expect(event.data).toMatchObject({ sandbox: 'live-a', method: 'POST', operationId: 'customersCreate', status: 200 });
    expect(event.id).toBe(String(event.data.id));
    expect(JSON.stringify(event.data)).not.toContain(cpf);
    expect(event.data.request.body.customer.cpf).toBe(`***.***.***-${cpf.slice(-2)}`);
    stream.close();
  });

  it('filters like GET /__admin/requests (operation, status)', async () => {
    const stream = await openStream(`${mock.url}/__admin/requests/stream?sandbox=live-c&status=422`);
    await stream.next();
    const cpf = newCpf();
    await create('live-c', cpf);
    await create('live-c', cpf);
    const event = await stream.next();
    expect(event.data).toMatchObject({ status: 422, sandbox: 'live-c' });
    stream.close();
  });

  it('replays what a reader missed after Last-Event-ID', async () => {
    await create('live-d');
    await create('live-d');
    const [older, newer] = (await mock.call('GET', '/__admin/requests?sandbox=live-d')).body.requests.reverse();
    const stream = await openStream(`${mock.url}/__admin/requests/stream?sandbox=live-d`, { 'last-event-id': String(older.id) });
    await stream.next();
    const replayed = await stream.next();
    expect(replayed.data.id).toBe(newer.id);
    stream.close();
  });

  it('needs the admin token when one is set (a header, or ?token= for an EventSource)', async () => {
    expect((await fetch(`${guarded.url}/__admin/requests/stream`)).status).toBe(401);
    const stream = await openStream(`${guarded.url}/__admin/requests/stream?token=adm1n`);
    expect(stream.response.status).toBe(200);
    expect((await stream.next()).event).toBe('ready');
    stream.close();
    expect((await fetch(`${guarded.url}/__admin/requests?token=adm1n`)).status).toBe(401);
  });

  it('answers a bad filter with a problem', async () => {
    const response = await mock.call('GET', '/__admin/requests/stream?status=abc');
    expect(response.status).toBe(400);
    expect(response.body.type).toContain('bad-request');
  });
});
