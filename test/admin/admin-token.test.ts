import { describe, expect, it } from 'vitest';
import { startMock } from '../helpers/start-mock.js';
import { runCli } from '../../src/cli/run-cli.js';

describe('admin token', () => {
  it.each([
    [{}, 401],
    [{ authorization: 'Bearer wrong' }, 401],
    [{ 'x-admin-token': 'wrong' }, 401],
    [{ authorization: 'Bearer s3cret' }, 200],
    [{ 'x-admin-token': 's3cret' }, 200],
  ])('with headers %j the admin API answers %i', async (headers, expected) => {
    const mock = await startMock({ adminToken: 's3cret' });
    const { status, body } = await mock.call('GET', '/__admin/health', { headers });
    expect(status).toBe(expected);
    if (expected === 401) expect(body.type).toContain('admin-unauthorized');
  });

  it('does not guard the mocked APIs', async () => {
    const mock = await startMock({ adminToken: 's3cret' });
    expect((await mock.call('GET', '/credere/api/v1/stores', { headers: { authorization: 'Bearer k' } })).status).toBe(200);
  });

  it('serve refuses a non-loopback host without an admin token', async () => {
    const lines: string[] = [];
    const code = await runCli(['serve', '--host', '0.0.0.0', '--port', '0'], { out: (l) => lines.push(l), err: (l) => lines.push(l), isTty: false });
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('--admin-token');
  });
});
