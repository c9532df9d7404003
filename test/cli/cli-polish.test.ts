import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { serveOptions, serveSettings } from '../../src/cli/serve-settings.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'clientela.js');
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });

describe('clientela CLI polish', () => {
  it('prints its version with --version', () => {
    const { status, stdout } = cli(['--version']);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(`clientela ${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version}`);
  }, 120_000);

  it('lists every serve option in --help, one a line, with its environment variable', () => {
    const { status, stdout } = cli(['serve', '--help']);
    expect(status).toBe(0);
    const lines = stdout.split('\n').filter((line) => /^ {2}-/.test(line));
    for (const flag of Object.keys(serveOptions(builtInPlugins))) {
      expect(lines.filter((line) => line.trimStart().startsWith(`--${flag} `) || line.trim() === `--${flag}` || line.trimStart().startsWith(`--${flag}  `)), flag).toHaveLength(1);
    }
    expect(lines.find((line) => line.includes('--no-cors'))).toContain('[env CLIENTELA_CORS=0]');
    expect(lines.find((line) => line.includes('--api-key'))).toContain('[env CLIENTELA_FV_API_KEY]');
    expect(lines.find((line) => line.includes('--port'))).toContain('[env PORT]');
  }, 120_000);

  /** Options each command's help must list (the reports and provider flags CI scripts rely on). */
  const listed: Record<string, string[]> = {
    contracts: [],
    verify: ['--junit FILE', '--url URL', '--admin-token T', '--no-reset', '--sandbox-per-run'],
    check: ['--junit FILE', '--json FILE', '--base-url URL', '--timeout MS', '--insecure', '--header K:V'],
    seed: [],
    scenarios: [],
    'pact-check': ['--junit FILE', '--json', '--strict'],
  };

  it.each(Object.keys(listed))('%s --help lists options one a line', (command) => {
    const { status, stdout } = cli([command, '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/\noptions:\n/);
    const lines = stdout.split('\n').filter((line) => /^ {2}-/.test(line));
    expect(lines.length).toBeGreaterThan(1);
    for (const flag of listed[command] ?? []) expect(lines.filter((line) => line.startsWith(`  ${flag}  `) || line.startsWith(`  ${flag} [env`)), flag).toHaveLength(1);
    if (listed[command]?.includes('--junit FILE')) expect(stdout).toMatch(/^usage: .*\[--junit FILE\]/m);
  }, 120_000);

  it('exports OpenAPI when --format is left out', () => {
    const { status, stdout } = cli(['contracts', 'export', '--api', 'credere']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).openapi).toMatch(/^3\./);
  }, 120_000);

  it('ends quietly when the reader of its output stops early (head)', () => {
    // The FirstVision export is far larger than a pipe's buffer, so the CLI writes into a closed pipe.
    const { status, stdout, stderr } = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" contracts export --api firstvision | head -c 20`], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(status).toBe(0);
    expect(stdout).toHaveLength(20);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  }, 120_000);

  it('fails on a missing pact folder before starting a mock', () => {
    const { status, stdout, stderr } = cli(['verify', '--pact', 'nosuch/']);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe('clientela verify: nosuch/: no such file or folder');
    expect(stdout).not.toContain('verifying');
  }, 120_000);

  it('reads --no-cors and CLIENTELA_CORS=0 (CORS is on by default)', () => {
    expect(serveSettings(builtInPlugins, {}, {}).mock.cors).toBe(true);
    expect(serveSettings(builtInPlugins, { 'no-cors': true }, {}).mock.cors).toBe(false);
    expect(serveSettings(builtInPlugins, {}, { CLIENTELA_CORS: '0' }).mock.cors).toBe(false);
  });

  it('serve --no-cors answers no preflight', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--no-cors'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((found, fail) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(text);
          if (match?.[1]) found(match[1]);
        });
        child.once('exit', (code) => fail(new Error(`serve exited ${code}`)));
      });
      const preflight = await fetch(`${url}/credere/api/v1/customers`, { method: 'OPTIONS', headers: { origin: 'http://a.test', 'access-control-request-method': 'POST' } });
      expect(preflight.status).not.toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);
});

/** The modules a file imports statically (`import … from`, not `await import()`), resolved to files of the repo. */
function staticImports(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/gms)].filter((m) => !/^(?:import|export)\s+type\s/.test(m[0])).map((m) => m[1] as string);
  const local = specifiers.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
  return { local, packages: specifiers.filter((s) => !s.startsWith('.')) };
}

function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const { local, packages: found } = staticImports(file);
    found.forEach((name) => packages.add(name));
    local.forEach(visit);
  };
  visit(entry);
  return packages;
}

describe('loading Pact', () => {
  it('is not done by the CLI at start: only verify imports it, when it runs', () => {
    expect(packagesReached(join(root, 'src/pact/verify-pacts.ts'))).toContain('@pact-foundation/pact');
    expect([...packagesReached(join(root, 'src/cli/bin.ts'))].filter((name) => name.startsWith('@pact-foundation'))).toEqual([]);
  });
});
