import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credere } from '../../mock/credere/credere-plugin.js';
import { firstVision } from '../../mock/firstvision/firstvision-plugin.js';
import { exportOpenApi } from '../../src/contracts/export-openapi.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { packageRoot } from '../../src/package-root.js';
import { spawnTarget, type Target } from '../spawn-target.js';
import type { Routes } from '../workloads.js';
import { apiRoutes } from './clientela.js';
import { freePort } from './free-port.js';

/** Prism serves each OpenAPI document at its root: clientela's paths less the API's mount (one process per API). */
export function prismRoutes(fvHeaders: Record<string, string>): Routes {
  return apiRoutes(fvHeaders, '', '');
}

/** `prism mock` (Prism 5.14, static examples) on the OpenAPI document clientela exports for one API. */
export async function startPrism(api: 'firstvision' | 'credere'): Promise<Target> {
  const file = join(mkdtempSync(join(tmpdir(), 'clientela-bench-prism-')), `${api}.openapi.json`);
  writeFileSync(file, JSON.stringify(exportOpenApi(loadContracts(), api === 'credere' ? credere : firstVision)));
  const port = await freePort();
  const bin = join(packageRoot, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
  return spawnTarget(process.execPath, [bin, 'mock', file, '-p', String(port), '-h', '127.0.0.1'], { readyPattern: new RegExp(`listening on http://127.0.0.1:(${port})`), timeoutMs: 120_000 });
}
