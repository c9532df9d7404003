import express, { type Router } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import { sandboxName } from '../middleware/select-sandbox.js';
import { type AdminContext, adminSandbox, existingWorld, renewSandbox, tableCounts } from './admin-context.js';
import { objectBody } from './scenario-routes.js';

/** Health, the sandbox list, sandbox creation and deletion. */
export function sandboxRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { pool, journal, faults } = context;

  router.get('/health', async (request, response) => {
    pool.evictIdle();
    const sandbox = adminSandbox(request);
    const world = await existingWorld(pool, sandbox);
    const memory = process.memoryUsage();
    await journal.refresh();
    response.json({
      status: 'ok',
      uptimeSeconds: Math.round((Date.now() - context.startedAt) / 1000),
      pid: process.pid,
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
    const { memory } = pool.options;
    const budget = memory ? { memory: { budgetBytes: memory.budget, perSandboxBytes: memory.perSandbox() } } : {};
    response.json({ max: pool.options.max, idleSeconds: Math.round(pool.options.idleMs / 1000), ...budget, sandboxes: await Promise.all(sandboxes) });
  });

  router.post('/sandboxes', async (request, response) => {
    const body = objectBody(request.body, 'the body');
    if (typeof body.name !== 'string' || body.name === '') throw new ProblemError('bad-request', 'the body must be {"name": "<sandbox name>"}');
    const name = sandboxName(body.name);
    const created = pool.existing(name) === undefined;
    const world = await pool.get(name);
    response.status(created ? 201 : 200).json({ sandbox: name, created, tables: await tableCounts(world) });
  });

  router.delete('/sandboxes/:name', async (request, response) => {
    const name = sandboxName(request.params.name);
    await existingWorld(pool, name);
    if (name === 'default') await renewSandbox(context, name);
    else await pool.drop(name);
    response.json({ sandbox: name, deleted: name !== 'default', reset: name === 'default' });
  });
  return router;
}
