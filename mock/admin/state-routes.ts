import express, { type Router } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import type { StateSnapshot } from '../../src/state/state-store.js';
import { sandboxName } from '../middleware/select-sandbox.js';
import type { World } from '../world.js';
import { type AdminContext, adminSandbox, existingWorld, tableCounts } from './admin-context.js';
import { checkAdminBody } from './check-admin-body.js';

/** The shape of an exported (and importable) state: rows by id in each table, and free-form counters. */
export const snapshotSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['tables', 'meta'],
  properties: {
    tables: { type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'object' } } },
    meta: { type: 'object' },
  },
} as const;

/** Reset, snapshot export/import, health and the sandbox list. */
export function stateRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { pool, journal, faults } = context;

  /** A fresh world for `name` (created when new); its faults carry over, as they are settings, not state. */
  const renew = async (name: string): Promise<World> => {
    const old = pool.peek(name);
    const world = await pool.renew(name);
    if (old) faults.move(old, world);
    return world;
  };

  router.post('/reset', async (request, response) => {
    const sandbox = adminSandbox(request);
    const world = await renew(sandbox);
    response.json({ sandbox, reset: true, scenarios: context.startup.map((s) => s.name), tables: await tableCounts(world) });
  });

  router.get('/state', async (request, response) => {
    const world = existingWorld(pool, adminSandbox(request));
    // Taken under the sandbox's lock: no request changes it halfway.
    response.type('application/json').send(JSON.stringify(await world.state.snapshot()));
  });

  router.put('/state', async (request, response) => {
    const sandbox = adminSandbox(request);
    const checked = checkAdminBody<StateSnapshot>(snapshotSchema, request.body);
    if (!checked.ok) {
      const errors = checked.errors.slice(0, 20);
      throw new ProblemError('invalid-state', `the snapshot is not {tables, meta}: ${errors[0]}`, { errors });
    }
    const world = await pool.get(sandbox);
    try {
      // The state keeps its previous rows when a collection cannot rebuild its indexes from the new ones.
      await world.state.restore(checked.value);
    } catch (error) {
      const reason = (error as Error).message;
      throw new ProblemError('invalid-state', `a table cannot index the snapshot's rows, the sandbox is unchanged: ${reason}`, { errors: [reason] });
    }
    response.json({ sandbox, imported: true, tables: await tableCounts(world) });
  });

  router.get('/health', async (request, response) => {
    pool.evictIdle();
    const sandbox = adminSandbox(request);
    const world = existingWorld(pool, sandbox);
    const memory = process.memoryUsage();
    response.json({
      status: 'ok',
      uptimeSeconds: Math.round((Date.now() - context.startedAt) / 1000),
      seed: context.seed,
      scenarios: context.startup.map((s) => s.name),
      sandboxes: { count: pool.names().length, max: pool.options.max, idleSeconds: Math.round(pool.options.idleMs / 1000), names: pool.names() },
      journal: { size: journal.size, capacity: journal.capacity, recorded: journal.total },
      faults: faults.active(world),
      sandbox,
      tables: await tableCounts(world),
      memory: { rssMb: Math.round(memory.rss / 2 ** 20), heapUsedMb: Math.round(memory.heapUsed / 2 ** 20) },
    });
  });

  router.get('/sandboxes', async (_request, response) => {
    pool.evictIdle();
    const now = Date.now();
    const sandboxes = pool.list().map(async ({ name, lastUsed }) => {
      const world = pool.peek(name);
      return { name, idleSeconds: Math.round((now - lastUsed) / 1000), tables: world ? await tableCounts(world) : {} };
    });
    response.json({ max: pool.options.max, idleSeconds: Math.round(pool.options.idleMs / 1000), sandboxes: await Promise.all(sandboxes) });
  });

  router.delete('/sandboxes/:name', async (request, response) => {
    const name = sandboxName(request.params.name);
    existingWorld(pool, name);
    if (name === 'default') await renew(name);
    else await pool.drop(name);
    response.json({ sandbox: name, deleted: name !== 'default', reset: name === 'default' });
  });
  return router;
}
