import express, { type Router } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import type { World } from '../world.js';
import { type AdminContext, adminSandbox, existingWorld } from './admin-context.js';
import { checkFaultSettings } from './fault-settings.js';

/**
 * Fault settings of one sandbox (`?sandbox=`, else the header, else the default one): read, replace, clear.
 * Setting faults is a write, so it may create the sandbox; reading or clearing them needs it alive.
 */
export function faultRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { faults, pool } = context;
  const answer = (sandbox: string, world: World) => ({ sandbox, active: faults.active(world), settings: faults.settings(world) });

  router.get('/faults', async (request, response) => {
    const sandbox = adminSandbox(request);
    response.json(answer(sandbox, await existingWorld(pool, sandbox)));
  });

  router.put('/faults', async (request, response) => {
    const sandbox = adminSandbox(request);
    const checked = checkFaultSettings(request.body ?? {});
    if (!checked.ok) throw new ProblemError('invalid-faults', checked.errors.join('; '), { errors: checked.errors });
    const world = await pool.get(sandbox);
    faults.set(world, checked.settings);
    response.json(answer(sandbox, world));
  });

  router.delete('/faults', async (request, response) => {
    const sandbox = adminSandbox(request);
    const world = await existingWorld(pool, sandbox);
    faults.clear(world);
    response.json(answer(sandbox, world));
  });
  return router;
}
