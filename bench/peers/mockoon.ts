import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import { spawnTarget, type Target } from '../spawn-target.js';
import { freePort } from './free-port.js';
import type { SampleAnswers } from './sample-answers.js';
import { stubRoutes } from './stub-routes.js';

/** A Mockoon environment (data file format of Mockoon 9, migration 33) answering each route with clientela's answer. */
export function mockoonEnvironment(answers: SampleAnswers, port: number): object {
  const routes = stubRoutes(answers).map((route) => ({
    uuid: randomUUID(),
    type: 'http',
    documentation: '',
    method: route.method,
    endpoint: route.path.slice(1),
    responses: [{ uuid: randomUUID(), body: route.answer.body, latency: 0, statusCode: route.answer.status, label: '', headers: [], bodyType: 'INLINE', filePath: '', databucketID: '', sendFileAsBody: false, rules: [], rulesOperator: 'OR', disableTemplating: true, fallbackTo404: false, default: true, crudKey: 'id', callbacks: [] }],
    responseMode: null,
    streamingMode: null,
    streamingInterval: 0,
  }));
  return {
    uuid: randomUUID(), lastMigration: 33, name: 'clientela-bench', endpointPrefix: '', latency: 0, port, hostname: '127.0.0.1', folders: [], routes,
    rootChildren: routes.map((route) => ({ type: 'route', uuid: route.uuid })),
    proxyMode: false, proxyHost: '', proxyRemovePrefix: false,
    tlsOptions: { enabled: false, type: 'CERT', pfxPath: '', certPath: '', keyPath: '', caPath: '', passphrase: '' },
    cors: false, headers: [{ key: 'Content-Type', value: 'application/json' }], proxyReqHeaders: [], proxyResHeaders: [], data: [], callbacks: [],
  };
}

/** Mockoon CLI 9 serving that environment (no log file, no admin API). */
export async function startMockoon(answers: SampleAnswers): Promise<Target> {
  const port = await freePort();
  const file = join(mkdtempSync(join(tmpdir(), 'clientela-bench-mockoon-')), 'environment.json');
  writeFileSync(file, JSON.stringify(mockoonEnvironment(answers, port)));
  const bin = join(packageRoot, 'node_modules', '@mockoon', 'cli', 'bin', 'run.js');
  return spawnTarget(process.execPath, [bin, 'start', '--data', file, '--port', String(port), '--hostname', '127.0.0.1', '--disable-log-to-file', '--disable-admin-api'], { poll: { port, path: '/credere/api/v1/customers/find' }, timeoutMs: 60_000 });
}
