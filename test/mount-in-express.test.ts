import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../mock/server.js';

describe('the mock mounted inside another Express app', () => {
  it('serves every API and the admin API under the mount path', async () => {
    const app = express();
    app.get('/health', (_request, response) => void response.json({ mine: true }));
    app.use('/mocks', createMockServer({ seed: 42, strict: true }).app);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ mine: true });
    const banks = await fetch(`${base}/mocks/credere/api/v1/banks`, { headers: { authorization: 'Bearer k' } });
    expect(banks.status).toBe(200);
    expect(((await banks.json()) as { banks: unknown[] }).banks.length).toBeGreaterThan(0);
    const unknown = await fetch(`${base}/mocks/credere/api/v1/nope`);
    expect(unknown.status).toBe(404);
    const journal = (await (await fetch(`${base}/mocks/__admin/requests`)).json()) as { requests: Array<{ path: string }> };
    expect(journal.requests.map((entry) => entry.path)).toEqual(['/mocks/credere/api/v1/nope', '/mocks/credere/api/v1/banks']);
  });
});
