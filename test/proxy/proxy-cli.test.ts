import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { captureIo } from '../pact/pact-fixture.js';

describe('clientela proxy flags', () => {
  it.each([
    ['no --api', ['--target', 'http://127.0.0.1:1/api/v1'], /--api must be firstvision or credere/],
    ['no --target', ['--api', 'credere'], /--target must be an http\(s\) URL .*http:\/\/127\.0\.0\.1:4010\/credere\/api\/v1/],
    ['a --record file that cannot name a scenario', ['--api', 'credere', '--target', 'http://127.0.0.1:1/api/v1', '--record', '/tmp/Recorded.json'], /--record .*lower-case letters, digits and dashes, ending \.yaml/],
    ['a --record file in a folder that does not exist', ['--api', 'credere', '--target', 'http://127.0.0.1:1/api/v1', '--record', '/no/such/folder/recorded.yaml'], /--record \/no\/such\/folder\/recorded\.yaml: cannot be written/],
    ['a bad port', ['--api', 'credere', '--target', 'http://127.0.0.1:1/api/v1', '--port', 'x'], /--port must be a whole number/],
    ['an unknown flag', ['--api', 'credere', '--target', 'http://127.0.0.1:1/api/v1', '--nope'], /Unknown option '--nope'/],
  ])('exits 1 with one clear line for %s', async (_name, args, message) => {
    const io = captureIo();
    expect(await runCli(['proxy', ...args], io)).toBe(1);
    expect(io.errors[0]).toMatch(/^clientela proxy: /);
    expect(io.text()).toMatch(message);
  });

  it('lists its options with --help', async () => {
    const io = captureIo();
    expect(await runCli(['proxy', '--help'], io)).toBe(0);
    for (const flag of ['--api', '--target', '--port', '--host', '--record', '--seed', '--strict', '--timeout', '--journal-size']) expect(io.text()).toContain(flag);
  });
});
