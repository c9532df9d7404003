import express, { type Router } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import type { Clock } from '../../src/state/clock.js';
import { changeClock } from '../../src/time/clock-change.js';
import { type AdminContext, adminSandbox, existingWorld } from './admin-context.js';

function answer(sandbox: string, clock: Clock) {
  return { sandbox, now: clock.now().toISOString(), mode: clock.mode, wallClock: new Date().toISOString() };
}

/**
 * The clock of one sandbox (`?sandbox=`, else the header, else the default one): read it, freeze it, run it from an
 * instant, move it, or send it back to real time. Changing it is a write, so it may create the sandbox.
 */
export function clockRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { pool } = context;

  router.get('/clock', async (request, response) => {
    const sandbox = adminSandbox(request);
    response.json(answer(sandbox, (await existingWorld(pool, sandbox)).env.clock));
  });

  router.put('/clock', async (request, response) => {
    const sandbox = adminSandbox(request);
    const body: unknown = request.body ?? {};
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ProblemError('invalid-clock', 'the body is a JSON object: { "at": ISO } or { "advance": "PT15M" }');
    const world = await pool.get(sandbox);
    const reason = changeClock(world.env.clock, body);
    if (reason) throw new ProblemError('invalid-clock', reason);
    response.json(answer(sandbox, world.env.clock));
  });

  router.delete('/clock', async (request, response) => {
    const sandbox = adminSandbox(request);
    const world = await existingWorld(pool, sandbox);
    world.env.clock.reset();
    response.json(answer(sandbox, world.env.clock));
  });
  return router;
}
