import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { acme } from '../fixtures/acme/acme-plugin.js';
import { startMock } from '../helpers/start-mock.js';
import { runCli } from '../../src/cli/run-cli.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'acme');
const pluginFile = join(fixture, 'acme-plugin.ts');
const scenariosDir = join(fixture, 'scenarios');
const key = { 'x-acme-key': 'k' };

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => void out.push(line), err: (line) => void err.push(line), isTty: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('a third API added as a plug-in from a fixture folder, without touching src/', () => {
  it('is served over HTTP beside the built-in APIs: its handlers, its state, its own error envelope', async () => {
    const mock = await startMock({ plugins: [...builtInPlugins, acme] });
    const created = await mock.call('POST', '/acme/widgets', { headers: key, body: { name: 'sprocket', size: 'S' } });
    expect(created).toMatchObject({ status: 201, body: { id: 1, name: 'sprocket', size: 'S' } });
    expect((await mock.call('GET', '/acme/widgets/1', { headers: key })).body).toEqual({ id: 1, name: 'sprocket', size: 'S' });
    const before = await mock.state();
    expect(await mock.call('POST', '/acme/widgets', { headers: key, body: { name: 'sprocket', size: 'M' } })).toMatchObject({ status: 409, body: { fault: { code: 'taken' } } });
    expect(await mock.call('GET', '/acme/widgets/9', { headers: key })).toMatchObject({ status: 404, body: { fault: { code: 'missing', text: 'no widget 9' } } });
    expect(await mock.call('POST', '/acme/widgets', { headers: key, body: { name: 'x', size: 'XL' } })).toMatchObject({ status: 422, body: { fault: { code: 'invalid' } } });
    expect(await mock.call('POST', '/acme/widgets', { headers: { ...key, 'content-type': 'application/json' }, raw: '{"name":' })).toMatchObject({ status: 400, body: { fault: { code: 'unreadable' } } });
    expect(await mock.call('GET', '/acme/widgets/1')).toMatchObject({ status: 401, body: { fault: { code: 'no-key' } } });
    expect(await mock.state()).toEqual(before);
    // The built-in APIs are unaffected, and the index lists the new one.
    expect((await mock.call('GET', '/credere/api/v1/banks', { headers: { authorization: 'Bearer k' } })).status).toBe(200);
    expect((await mock.call('GET', '/')).body.apis.map((api: { api: string }) => api.api)).toEqual(['firstvision', 'credere', 'acme']);
  });

  it('takes part in scenarios and provider states through the admin API', async () => {
    const mock = await startMock({ plugins: [...builtInPlugins, acme], scenariosDir });
    const loaded = await mock.call('POST', '/__admin/scenarios/acme-widgets?sandbox=s1', { body: { prefix: 'cog' } });
    expect(loaded).toMatchObject({ status: 200, body: { scenario: 'acme-widgets', created: { widgets: 3, customers: 0 } } });
    const third = await mock.call('GET', '/acme/widgets/3', { headers: { ...key, 'x-clientela-sandbox': 's1' } });
    expect(third.body).toEqual({ id: 3, name: 'cog-3', size: 'M' });
    const state = await mock.call('POST', '/__admin/provider-states?sandbox=s2', { body: { state: 'a widget named gizmo exists' } });
    expect(state).toMatchObject({ status: 200, body: { params: { name: 'gizmo' } } });
    expect((await mock.call('GET', '/acme/widgets/1', { headers: { ...key, 'x-clientela-sandbox': 's2' } })).body.name).toBe('gizmo');
    const broken = await mock.call('POST', '/__admin/scenarios/acme-widgets?sandbox=s1', { body: { prefix: 'cog' } });
    // The same names again: the first copy is refused, and the run leaves nothing behind.
    expect(broken).toMatchObject({ status: 409, body: { pointer: '/acme/widgets/0' } });
    expect((await mock.call('GET', '/acme/widgets/4', { headers: { ...key, 'x-clientela-sandbox': 's1' } })).status).toBe(404);
  });

  it('is served by `clientela serve --plugin`, with its flag and its scenario', async () => {
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'clientela.js'), 'serve', '--port', '0', '--plugin', pluginFile, '--scenarios-dir', scenariosDir, '--scenario', 'acme-widgets', '--acme-greeting', 'hello'], { env: { ...process.env, CLIENTELA_FROM_SOURCE: '1' } });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (found && output.includes('Admin')) resolve(found[1] as string);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect(output).toMatch(/ {2}Acme {9}http:\/\/127\.0\.0\.1:\d+\/acme {2}hello/);
      const answer = await fetch(`${url}/acme/widgets/2`, { headers: key });
      expect(await answer.json()).toEqual({ id: 2, name: 'gear-2', size: 'M' });
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('is checked by `clientela scenarios check` and exported by `clientela contracts export`', async () => {
    const checked = await cli(['scenarios', 'check', join(scenariosDir, 'acme-widgets.yaml'), '--plugin', pluginFile]);
    expect(checked).toMatchObject({ code: 0 });
    expect(checked.out).toContain('ok');
    const without = await cli(['scenarios', 'check', join(scenariosDir, 'acme-widgets.yaml')]);
    expect(without.code).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'clientela-acme-'));
    const file = join(dir, 'acme.json');
    expect((await cli(['contracts', 'export', '--api', 'acme', '--format', 'openapi', '-o', file, '--plugin', pluginFile])).code).toBe(0);
    const document = JSON.parse(readFileSync(file, 'utf8')) as { info: { title: string }; servers: Array<{ url: string }>; paths: Record<string, unknown> };
    expect(document.info.title).toBe('Acme widgets (clientela mock)');
    expect(document.servers[0]?.url).toMatch(/\/acme$/);
    expect(Object.keys(document.paths).sort()).toEqual(['/widgets', '/widgets/{id}']);
  });
});
