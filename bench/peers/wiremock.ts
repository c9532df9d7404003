import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import { spawnTarget, type Target } from '../spawn-target.js';
import { freePort } from './free-port.js';
import type { SampleAnswers } from './sample-answers.js';
import { stubRoutes } from './stub-routes.js';

/** WireMock stub mappings answering each route with clientela's answer. */
export function wiremockMappings(answers: SampleAnswers): object[] {
  return stubRoutes(answers).map((route) => ({
    request: { method: route.method.toUpperCase(), ...(route.path.includes(':') ? { urlPathPattern: route.path.replace(/:[a-z]+/g, '[^/]+') } : { urlPath: route.path }) },
    response: { status: route.answer.status, body: route.answer.body, headers: { 'Content-Type': 'application/json' } },
  }));
}

/** The standalone jar the `wiremock` npm package ships (nothing is downloaded at install or at run time). */
function wiremockJar(): string {
  const dir = join(packageRoot, 'node_modules', 'wiremock', 'build');
  const jar = readdirSync(dir).find((name) => /^wiremock-standalone-.*\.jar$/.test(name));
  if (!jar) throw new Error(`no wiremock-standalone jar in ${dir}`);
  return join(dir, jar);
}

/** WireMock standalone on the machine's Java (17+), its journal capped at 1,000 requests like clientela's. */
export async function startWiremock(answers: SampleAnswers): Promise<Target> {
  const root = mkdtempSync(join(tmpdir(), 'clientela-bench-wiremock-'));
  mkdirSync(join(root, 'mappings'));
  wiremockMappings(answers).forEach((mapping, i) => writeFileSync(join(root, 'mappings', `${i}.json`), JSON.stringify(mapping)));
  const port = await freePort();
  const args = ['-jar', wiremockJar(), '--port', String(port), '--bind-address', '127.0.0.1', '--root-dir', root, '--disable-banner', '--max-request-journal-entries', '1000'];
  return spawnTarget('java', args, { poll: { port, path: '/__admin/health' }, timeoutMs: 60_000 });
}
