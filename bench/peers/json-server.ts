import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import type { Dataset } from '../dataset.js';
import { spawnTarget, type Target } from '../spawn-target.js';
import type { Routes } from '../workloads.js';
import { createBody, customerAddBody, patchBody } from './clientela.js';
import { freePort } from './free-port.js';

const json = { 'content-type': 'application/json' };

/** json-server's own REST routes over the same records (a filter query for a find, as its users write). */
export const jsonServerRoutes: Routes = {
  cardsDetails: (customerNumber) => ({ method: 'GET', path: `/cards?customerNumber=${customerNumber}` }),
  customerAdd: () => ({ method: 'POST', path: '/fvcustomers', headers: json, body: customerAddBody }),
  credereFind: (cpf) => ({ method: 'GET', path: `/customers?cpf=${encodeURIComponent(cpf)}` }),
  credereCreate: (cpf) => ({ method: 'POST', path: '/customers', headers: json, body: createBody(cpf) }),
  crederePatch: (id) => ({ method: 'PATCH', path: `/customers/${id}`, headers: json, body: patchBody }),
};

/**
 * json-server 0.17 over the same records, in memory: a `.js` source is not written back on every change (a
 * `.json` one would rewrite the whole file per write).
 */
export async function startJsonServer(data: Dataset): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'clientela-bench-json-server-'));
  writeFileSync(join(dir, 'db.json'), JSON.stringify({ customers: data.credere, cards: data.cards, fvcustomers: [] }));
  writeFileSync(join(dir, 'db.js'), "module.exports = () => require('./db.json');\n");
  const port = await freePort();
  const bin = join(packageRoot, 'node_modules', 'json-server', 'lib', 'cli', 'bin.js');
  return spawnTarget(process.execPath, [bin, join(dir, 'db.js'), '--port', String(port), '--host', '127.0.0.1', '--quiet'], { poll: { port, path: '/fvcustomers' } });
}
