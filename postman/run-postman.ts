/**
 * `npm run test:postman`: exports each API's OpenAPI document with the CLI, turns it into a Postman collection with
 * Portman's contract tests (`postman/portman-config.<api>.json`, `postman/postman-config.json`), starts the mock as
 * `npm start` does (its script's arguments, on a free port), runs newman on each collection and exits 1 unless every
 * assertion passed. The documents, collections and newman's JSON reports are written to `reports/postman/`.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { builtInPlugins } from '../mock/plugins.js';
import { customFormats } from '../src/validation/formats.js';

type Assertions = { total: number; failed: number };
type Summary = {
  run: {
    stats: { requests: Assertions; assertions: Assertions };
    failures: Array<{ source?: { name?: string }; error: { test?: string; message: string } }>;
  };
};
type Newman = { run: (options: Record<string, unknown>, done: (error: Error | null, summary: Summary) => void) => void };

const root = fileURLToPath(new URL('../', import.meta.url));
const reports = join(root, 'reports', 'postman');
const run = promisify(execFile);
const newman = createRequire(import.meta.url)('newman') as Newman;

/** `npm start` on port 0: its script's arguments after `node`, run by this Node; answers the URL it listens on. */
async function startLikeNpmStart(): Promise<{ url: string; stop: () => void }> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = pkg.scripts.start.split(/\s+/);
  if (command !== 'node') throw new Error(`npm start is not a node command: ${pkg.scripts.start}`);
  const child = spawn(process.execPath, [...args, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const seen = (chunk: Buffer): void => {
      log += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(log);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}: ${log}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** The collection Portman generates from the API's export, its base URL the running mock's mount. */
async function collectionOf(api: string, baseUrl: string): Promise<string> {
  const document = join(reports, `${api}.openapi.json`);
  const collection = join(reports, `${api}.postman.json`);
  await run(process.execPath, [join(root, 'bin', 'clientela.js'), 'contracts', 'export', '--api', api, '-o', document], { cwd: root });
  const portman = join(root, 'node_modules', '.bin', 'portman');
  const args = ['-l', document, '-o', collection, '-b', baseUrl, '-c', `postman/portman-config.${api}.json`, '-s', 'postman/postman-config.json'];
  // Ajv in the Postman sandbox does not know the contracts' formats: it skips them, and checks their `pattern`.
  await run(portman, [...args, '--extraUnknownFormats', ...Object.keys(customFormats)], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  return collection;
}

function newmanRun(api: string, collection: string): Promise<Summary> {
  return new Promise((resolve, reject) =>
    newman.run(
      { collection: JSON.parse(readFileSync(collection, 'utf8')) as unknown, reporters: ['cli', 'json'], reporter: { json: { export: join(reports, `${api}.newman.json`) } } },
      (error, summary) => (error ? reject(error) : resolve(summary)),
    ),
  );
}

mkdirSync(reports, { recursive: true });
const mock = await startLikeNpmStart();
let ok = true;
const lines: string[] = [];
try {
  for (const plugin of builtInPlugins) {
    const collection = await collectionOf(plugin.name, `${mock.url}${plugin.mount}`);
    const { stats, failures } = (await newmanRun(plugin.name, collection)).run;
    const passed = stats.assertions.total - stats.assertions.failed;
    lines.push(`${plugin.name}: ${stats.requests.total} requests, ${passed} of ${stats.assertions.total} assertions passed`);
    for (const failure of failures) lines.push(`  ${failure.source?.name ?? '?'}: ${failure.error.test ?? ''} ${failure.error.message}`);
    if (stats.assertions.failed > 0 || stats.assertions.total === 0 || failures.length > 0) ok = false;
  }
} finally {
  mock.stop();
}
process.stdout.write(`\n${lines.join('\n')}\n`);
process.exit(ok ? 0 : 1);
