import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isValidCpf } from '../../src/numbers/cpf.js';
import { startMock } from '../helpers/start-mock.js';

const mock = await startMock();
const guarded = await startMock({ adminToken: 'adm1n' });

describe('GET /__admin/contracts', () => {
  it('lists every operation with its full path, and the docs', async () => {
    const { status, body } = await mock.call('GET', '/__admin/contracts');
    expect(status).toBe(200);
    expect(body.docs).toBe('/__docs');
    expect(body.operations).toHaveLength(mock.registry.contracts().length);
    expect(body.operations).toContainEqual(expect.objectContaining({ api: 'credere', operationId: 'customersCreate', method: 'POST', path: '/credere/api/v1/customers' }));
    expect(body.apis.map((api: any) => api.mount)).toEqual(['/firstvision', '/credere/api/v1']);
  });

  it('answers one contract and an example curl that runs against the mock', async () => {
    const { body } = await mock.call('GET', '/__admin/contracts/credere/banksList');
    expect(body.contract).toMatchObject({ operationId: 'banksList', method: 'GET' });
    expect(body.contract.file).toBeUndefined();
    expect(body.curl).toMatch(new RegExp(`^curl -sS -X GET '${mock.url}/credere/api/v1/banks'`));
    // Run by a real shell and curl (asynchronously: the mock answers from this same process).
    const { stdout } = await promisify(execFile)('sh', ['-c', body.curl], { encoding: 'utf8' });
    const answer = JSON.parse(stdout);
    expect(answer.banks.length).toBeGreaterThan(0);
  });

  it('masks the CPFs and card numbers of every example', async () => {
    for (const { api, operationId } of mock.registry.contracts()) {
      const text = JSON.stringify((await mock.call('GET', `/__admin/contracts/${api}/${operationId}`)).body);
      const cpfs = [...text.matchAll(/\d{3}\.\d{3}\.\d{3}-\d{2}/g)].map(([cpf]) => cpf).filter((cpf) => isValidCpf(cpf));
      expect(cpfs, operationId).toEqual([]);
    }
    const create = (await mock.call('GET', '/__admin/contracts/credere/customersCreate')).body;
    expect(create.curl).toContain('"cpf":"***.***.***-');
  });

  it('answers 404 for an unknown operation', async () => {
    expect((await mock.call('GET', '/__admin/contracts/credere/nothing')).status).toBe(404);
  });
});

describe('POST /__admin/sandboxes', () => {
  it('creates a sandbox (201), then says it exists (200); it is listed', async () => {
    const first = await mock.call('POST', '/__admin/sandboxes', { body: { name: 'made-here' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ sandbox: 'made-here', created: true });
    expect((await mock.call('POST', '/__admin/sandboxes', { body: { name: 'made-here' } })).body.created).toBe(false);
    expect((await mock.call('GET', '/__admin/sandboxes')).body.sandboxes.map((s: any) => s.name)).toContain('made-here');
  });

  it.each([[{}], [{ name: 'bad name!' }], [['x']]])('answers 400 for %j', async (body) => {
    const response = await mock.call('POST', '/__admin/sandboxes', { body });
    expect(response.status).toBe(400);
    expect(response.body.type).toContain('bad-request');
  });
});

describe('GET /__dashboard', () => {
  it('serves the page and its bundled script and style from the mock, nothing from the network', async () => {
    const page = await fetch(`${mock.url}/__dashboard`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-admin="/__admin"');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await fetch(`${mock.url}/__dashboard/dashboard.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    const code = await script.text();
    expect(code).toContain('/requests/stream');
    expect(code).not.toMatch(/\bimport\s*\(|from\s*["']/);
    expect((await fetch(`${mock.url}/__dashboard/dashboard.css`)).status).toBe(200);
  });

  it('needs the admin token when one is set (header or ?token=, passed on to its script)', async () => {
    expect((await fetch(`${guarded.url}/__dashboard`)).status).toBe(401);
    expect((await fetch(`${guarded.url}/__dashboard/dashboard.js`)).status).toBe(401);
    expect((await fetch(`${guarded.url}/__dashboard`, { headers: { 'x-admin-token': 'adm1n' } })).status).toBe(200);
    const html = await (await fetch(`${guarded.url}/__dashboard?token=adm1n`)).text();
    expect(html).toContain('/__dashboard/dashboard.js?token=adm1n');
    expect((await fetch(`${guarded.url}/__dashboard/dashboard.js?token=adm1n`)).status).toBe(200);
  });
});
