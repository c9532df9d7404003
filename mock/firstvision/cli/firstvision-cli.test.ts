import { describe, expect, it } from 'vitest';
import { defaultFirstVisionConfig } from '../firstvision-config.js';
import { firstVisionCli } from './firstvision-cli.js';

describe('FirstVision serve flags', () => {
  it('turns flags into configuration, seconds into milliseconds', () => {
    const config = firstVisionCli.configure({ 'api-key': 'k', 'token-ttl': '60', 'signature-window': '2', 'pan-display': 'token', 'require-signature': true });
    expect(config).toEqual({ apiKey: 'k', apiSecret: 'clientela-secret', tokenTtlSeconds: 60, requireSignature: true, panDisplay: 'token', signatureWindowMs: 2000 });
  });

  it('refuses bad values with one line', () => {
    expect(() => firstVisionCli.configure({ 'pan-display': 'clear' })).toThrow('--pan-display must be masked, token or full, got "clear"');
    expect(() => firstVisionCli.configure({ 'token-ttl': '0' })).toThrow('--token-ttl must be a whole number from 1 to');
  });

  it('shows the built-in credentials only', () => {
    expect(firstVisionCli.banner(defaultFirstVisionConfig)).toBe('apikey "clientela-key", secret "clientela-secret", any 5-character X-ClientID');
    expect(firstVisionCli.banner({ ...defaultFirstVisionConfig, apiKey: 'mine' })).toBe('the apikey and secret you configured, any 5-character X-ClientID');
  });
});
