import type { Request } from 'express';
import type { ContractRegistry } from '../../src/contracts/contract-registry.js';
import { ProblemError } from '../../src/problems/problem.js';
import type { ProviderStates } from '../../src/scenarios/provider-states.js';
import type { ScenarioCatalogue } from '../../src/scenarios/scenario-catalogue.js';
import type { SandboxPool } from '../../src/state/sandbox-pool.js';
import { SANDBOX_HEADER, sandboxName } from '../middleware/select-sandbox.js';
import type { FaultInjector } from '../middleware/inject-faults.js';
import type { MountedApi } from '../mounted-api.js';
import type { StartupScenario } from '../scenarios/startup-scenarios.js';
import type { World } from '../world.js';
import type { RequestJournal } from './request-journal.js';

/** What the admin routes reach into. */
export type AdminContext = {
  pool: SandboxPool<World>;
  apis: readonly MountedApi[];
  registry: ContractRegistry;
  catalogue: ScenarioCatalogue;
  states: ProviderStates;
  journal: RequestJournal;
  faults: FaultInjector;
  startup: StartupScenario[];
  startedAt: number;
  seed: number;
};

/** The sandbox an admin call names: `?sandbox=`, else the `X-Clientela-Sandbox` header; undefined when neither. */
export function namedSandbox(request: Request): string | undefined {
  const query = request.query.sandbox;
  const given = typeof query === 'string' ? query : request.headers[SANDBOX_HEADER];
  return given === undefined || given === '' ? undefined : sandboxName(given);
}

/** The sandbox an admin call is about: `?sandbox=`, else the `X-Clientela-Sandbox` header, else the default one. */
export function adminSandbox(request: Request): string {
  return namedSandbox(request) ?? 'default';
}

/**
 * The world of a sandbox that must exist already: reads never create a sandbox (nor load its start-up scenarios),
 * so an unknown name is a 404 problem.
 * @example const world = await existingWorld(pool, adminSandbox(request))
 */
export function existingWorld(pool: SandboxPool<World>, name: string): Promise<World> {
  const world = pool.existing(name);
  if (!world) {
    throw new ProblemError('not-found', `no sandbox named "${name}": its first request or an admin write (e.g. POST /__admin/reset?sandbox=${name}) creates it`, {
      sandboxes: pool.names(),
    });
  }
  return world;
}

/** Rows per collection of a world (for health and import answers). */
export function tableCounts(world: World): Promise<Record<string, number>> {
  return world.state.counts();
}

/** A fresh world for sandbox `name` (created when new); its faults carry over, as they are settings, not state. */
export async function renewSandbox(context: AdminContext, name: string): Promise<World> {
  const old = await context.pool.existing(name)?.catch(() => undefined);
  const world = await context.pool.renew(name);
  if (old) context.faults.move(old, world);
  return world;
}
