import type { Request } from 'express';
import type { ScenarioCatalogue } from '../../src/scenarios/scenario-catalogue.js';
import type { SandboxPool } from '../../src/state/sandbox-pool.js';
import { SANDBOX_HEADER, sandboxName } from '../middleware/select-sandbox.js';
import type { FaultInjector } from '../middleware/inject-faults.js';
import type { StartupScenario } from '../scenarios/startup-scenarios.js';
import type { World } from '../world.js';
import type { RequestJournal } from './request-journal.js';

/** What the admin routes reach into. */
export type AdminContext = {
  pool: SandboxPool<World>;
  catalogue: ScenarioCatalogue;
  journal: RequestJournal;
  faults: FaultInjector;
  startup: StartupScenario[];
  startedAt: number;
  seed: number;
};

/** The sandbox an admin call is about: `?sandbox=`, else the `X-Clientela-Sandbox` header, else the default one. */
export function adminSandbox(request: Request): string {
  const query = request.query.sandbox;
  return sandboxName(typeof query === 'string' ? query : request.headers[SANDBOX_HEADER]);
}

/** Rows per table of a world (for health and import answers). */
export function tableCounts(world: World): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, rows] of Object.entries(world.db.data.tables)) counts[name] = Object.keys(rows).length;
  return counts;
}
