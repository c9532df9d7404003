import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mock/server.js';
import { listen } from '../../src/cli/listen.js';

const served = await listen(createMockServer({ seed: 42 }).app, 0, '127.0.0.1');
afterAll(served.stop);
const port = Number(new URL(served.url).port);

/** Sends `text` as is and reads the whole answer: status, headers and the parsed body. */
function rawRequest(text: string): Promise<{ status: number; headers: string; body: any }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body: body ? JSON.parse(body) : undefined });
    });
  });
}

describe('requests Node refuses before any route', () => {
  it.each([
    ['headers over the size limit', `GET /credere/api/v1/banks HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers-too-large'],
    ['a method HTTP does not have', 'FOO /credere/api/v1/banks HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'bad-request'],
    ['bytes that are not HTTP', '\u0001\u0002 not http\r\n\r\n', 400, 'bad-request'],
    ['CONNECT', 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n', 400, 'bad-request'],
  ])('answers %s with a problem+json body of its status', async (_name, text, status, kind) => {
    const answer = await rawRequest(text);
    expect(answer.status).toBe(status);
    expect(answer.headers).toContain('content-type: application/problem+json');
    expect(answer.body).toMatchObject({ type: `https://clientela.dev/problems/${kind}`, status, title: expect.any(String), detail: expect.any(String) });
  });

  it('still answers a good request on a fresh connection', async () => {
    const answer = await rawRequest('GET /__admin/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(answer.status).toBe(200);
  });
});
