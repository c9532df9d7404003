import { describe, expect, it } from 'vitest';
import { serveSettings } from './serve-settings.js';

describe('serve settings', () => {
  it('defaults to loopback, port 4010, seed 1 and the built-in FirstVision credentials', () => {
    const settings = serveSettings({}, {});
    expect(settings).toMatchObject({ host: '127.0.0.1', port: 4010, seed: 1, credereTokens: [] });
    expect(settings.firstvision).toMatchObject({ apiKey: 'clientela-key', apiSecret: 'clientela-secret', tokenTtlSeconds: 900, panDisplay: 'masked' });
  });

  it('takes a flag over its environment variable over the default', () => {
    const env = { PORT: '5000', CLIENTELA_FV_API_KEY: 'from-env', CLIENTELA_CREDERE_TOKENS: 'a,b', CLIENTELA_SANDBOX_IDLE: '60' };
    const settings = serveSettings({ port: '6000' }, env);
    expect(settings.port).toBe(6000);
    expect(settings.firstvision.apiKey).toBe('from-env');
    expect(settings.credereTokens).toEqual(['a', 'b']);
    expect(settings.mock.sandboxes?.idleMs).toBe(60_000);
  });

  it.each([
    [{ port: '70000' }, /--port must be a whole number from 0 to 65535/],
    [{ 'sandbox-max': '0' }, /--sandbox-max/],
    [{ 'pan-display': 'clear' }, /--pan-display must be masked, token or full/],
    [{ host: '0.0.0.0' }, /not loopback/],
  ])('refuses %j with one clear message', (values, message) => {
    expect(() => serveSettings(values, {})).toThrow(message);
  });

  it('accepts another host when an admin token is given', () => {
    expect(serveSettings({ host: '0.0.0.0', 'admin-token': 't' }, {}).mock.adminToken).toBe('t');
  });
});
