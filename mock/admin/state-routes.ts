import express, { type Router } from 'express';
import type { ValidateFunction } from 'ajv';
import { ProblemError } from '../../src/problems/problem.js';
import type { DatabaseData } from '../../src/state/database.js';
import { createAjv } from '../../src/validation/create-ajv.js';
import { toDiagnostics } from '../../src/validation/to-diagnostics.js';
import { sandboxName } from '../middleware/select-sandbox.js';
import type { World } from '../world.js';
import { type AdminContext, adminSandbox, tableCounts } from './admin-context.js';

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

let validate: ValidateFunction | undefined;

/** Reset, snapshot export/import, health and the sandbox list. */
export function stateRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { pool, journal } = context;

  router.post('/reset', (request, response) => {
    const sandbox = adminSandbox(request);
    const world = pool.renew(sandbox);
    response.json({ sandbox, reset: true, scenarios: context.startup.map((s) => s.name), tables: tableCounts(world) });
  });

  router.get('/state', (request, response) => {
    const world = pool.get(adminSandbox(request));
    // Serialized straight from the live document: synchronous, so no request can change it halfway.
    response.type('application/json').send(JSON.stringify(world.db.data));
  });

  router.put('/state', (request, response) => {
    const sandbox = adminSandbox(request);
    validate ??= createAjv().compile(snapshotSchema);
    if (!validate(request.body)) {
      const errors = toDiagnostics('', validate.errors).slice(0, 20).map((d) => `${d.path || '/'} ${d.message}`);
      throw new ProblemError('invalid-state', `the snapshot is not {tables, meta}: ${errors[0]}`, { errors });
    }
    const world = pool.get(sandbox);
    world.db.replace(request.body as DatabaseData);
    response.json({ sandbox, imported: true, tables: tableCounts(world) });
  });

  router.get('/health', (request, response) => {
    pool.evictIdle();
    const sandbox = adminSandbox(request);
    const memory = process.memoryUsage();
    response.json({
      status: 'ok',
      uptimeSeconds: Math.round((Date.now() - context.startedAt) / 1000),
      seed: context.seed,
      scenarios: context.startup.map((s) => s.name),
      sandboxes: { count: pool.names().length, max: pool.options.max, idleSeconds: Math.round(pool.options.idleMs / 1000), names: pool.names() },
      journal: { size: journal.size, capacity: journal.capacity, recorded: journal.total },
      faults: context.faults.active,
      sandbox,
      tables: tableCounts(pool.get(sandbox)),
      memory: { rssMb: Math.round(memory.rss / 2 ** 20), heapUsedMb: Math.round(memory.heapUsed / 2 ** 20) },
    });
  });

  router.get('/sandboxes', (_request, response) => {
    pool.evictIdle();
    const now = Date.now();
    response.json({
      max: pool.options.max,
      idleSeconds: Math.round(pool.options.idleMs / 1000),
      sandboxes: pool.list().map(({ name, lastUsed }) => ({ name, idleSeconds: Math.round((now - lastUsed) / 1000), tables: tableCounts(pool.peek(name) as World) })),
    });
  });

  router.delete('/sandboxes/:name', (request, response) => {
    const name = sandboxName(request.params.name);
    if (!pool.peek(name)) throw new ProblemError('not-found', `no sandbox named "${name}"`, { sandboxes: pool.names() });
    pool.drop(name);
    response.json({ sandbox: name, deleted: name !== 'default', reset: name === 'default' });
  });
  return router;
}
