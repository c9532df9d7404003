import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { serveSettings } from '../../src/cli/serve-settings.js';

const settingsOf = (values: Record<string, string | boolean | string[] | undefined>, env: NodeJS.ProcessEnv = {}) => serveSettings(builtInPlugins, values, env);

describe('serve settings', () => {
  it('defaults to loopback, port 4010, seed 1 and the built-in FirstVision credentials', () => {
    const settings = settingsOf({});
    expect(settings).toMatchObject({ host: '127.0.0.1', port: 4010, seed: 1 });
    expect(settings.mock.config.firstvision).toMatchObject({ apiKey: 'clientela-key', apiSecret: 'clientela-secret', tokenTtlSeconds: 900, panDisplay: 'masked' });
    expect(settings.mock.config.credere).toMatchObject({ tokens: [] });
  });

  it('takes a flag over its environment variable over the default, for the core and each API', () => {
    const env = { PORT: '5000', CLIENTELA_FV_API_KEY: 'from-env', CLIENTELA_CREDERE_TOKENS: 'a,b', CLIENTELA_SANDBOX_IDLE: '60', CLIENTELA_REQUIRE_SIGNATURE: '1' };
    const settings = settingsOf({ port: '6000' }, env);
    expect(settings.port).toBe(6000);
    expect(settings.mock.config.firstvision).toMatchObject({ apiKey: 'from-env', requireSignature: true });
    expect(settings.mock.config.credere).toMatchObject({ tokens: ['a', 'b'] });
    expect(settings.mock.sandboxes?.idleMs).toBe(60_000);
    expect(settingsOf({ 'api-key': 'flag' }, env).mock.config.firstvision).toMatchObject({ apiKey: 'flag' });
  });

  it.each([
    [{ port: '70000' }, /--port must be a whole number from 0 to 65535/],
    [{ 'sandbox-max': '0' }, /--sandbox-max/],
    [{ 'sandbox-memory': 'lots' }, /--sandbox-memory must be a size such as 512MB or 2GB, got "lots"/],
    [{ 'pan-display': 'clear' }, /--pan-display must be masked, token or full/],
    [{ host: '0.0.0.0' }, /not loopback/],
    [{ clock: '2026-06-01 12:00' }, /--clock: .* not an ISO 8601 instant with a zone/],
  ])('refuses %j with one clear message', (values, message) => {
    expect(() => settingsOf(values)).toThrow(message);
  });

  it('takes --clock (or CLIENTELA_CLOCK) for the default sandbox', () => {
    expect(settingsOf({ clock: '2026-06-01T12:00:00-03:00' }).mock.clock).toBe('2026-06-01T12:00:00-03:00');
    expect(settingsOf({}, { CLIENTELA_CLOCK: '2026-06-01T15:00:00Z' }).mock.clock).toBe('2026-06-01T15:00:00Z');
    expect(settingsOf({}).mock.clock).toBeUndefined();
  });

  it('takes --lenient-updates (or CLIENTELA_LENIENT_UPDATES=1) for Credere, off by default', () => {
    expect(settingsOf({}).mock.config.credere).toMatchObject({ lenientUpdates: false });
    expect(settingsOf({ 'lenient-updates': true }).mock.config.credere).toMatchObject({ lenientUpdates: true });
    expect(settingsOf({}, { CLIENTELA_LENIENT_UPDATES: '1' }).mock.config.credere).toMatchObject({ lenientUpdates: true });
  });

  it('takes --sandbox-memory (or CLIENTELA_SANDBOX_MEMORY) in binary units, none by default (half the heap limit)', () => {
    expect(settingsOf({ 'sandbox-memory': '512MB' }).mock.sandboxes?.memory).toBe(512 * 2 ** 20);
    expect(settingsOf({}, { CLIENTELA_SANDBOX_MEMORY: '1.5gb' }).mock.sandboxes?.memory).toBe(1.5 * 2 ** 30);
    expect(settingsOf({}).mock.sandboxes?.memory).toBeUndefined();
  });

  it('accepts another host when an admin token is given', () => {
    expect(settingsOf({ host: '0.0.0.0', 'admin-token': 't' }).mock.adminToken).toBe('t');
  });
});
