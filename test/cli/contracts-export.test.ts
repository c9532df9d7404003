import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

function captureIo(): { out: (line: string) => void; err: (line: string) => void; isTty: boolean; lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { out: (line) => lines.push(line), err: (line) => errors.push(line), isTty: false, lines, errors };
}

describe('clientela contracts export --format openapi', () => {
  it('writes OpenAPI 3.1 by default and 3.0.3 with --openapi-version 3.0, with the security schemes', async () => {
    for (const [args, version] of [
      [[], '3.1.0'],
      [['--openapi-version', '3.0'], '3.0.3'],
    ] as const) {
      const io = captureIo();
      expect(await runCli(['contracts', 'export', '--api', 'firstvision', '--format', 'openapi', ...args], io)).toBe(0);
      const document = JSON.parse(io.lines.join('\n')) as { openapi: string; components: { securitySchemes: Record<string, unknown> } };
      expect(document.openapi).toBe(version);
      expect(Object.keys(document.components.securitySchemes)).toEqual(expect.arrayContaining(['apikey', 'clientId', 'bearer', 'oauth2']));
    }
  });

  it('refuses another version with one clear line', async () => {
    const io = captureIo();
    expect(await runCli(['contracts', 'export', '--api', 'credere', '--format', 'openapi', '--openapi-version', '2.0'], io)).not.toBe(0);
    expect(io.errors.join('\n')).toContain('--openapi-version must be 3.1 or 3.0');
    expect(io.lines).toEqual([]);
  });
});
