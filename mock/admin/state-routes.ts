import express, { type Router } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import type { StateSnapshot } from '../../src/state/state-store.js';
import { type AdminContext, adminSandbox, existingWorld, renewSandbox, tableCounts } from './admin-context.js';
import { checkAdminBody } from './check-admin-body.js';
import { writeSnapshotJson } from './write-snapshot-json.js';
import { withImpliedCounters } from './with-implied-counters.js';

/** The shape of an exported (and importable) state: rows by id in each collection, and named counters. */
export const snapshotSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['tables', 'meta'],
  properties: {
    tables: { type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'object' } } },
    meta: { type: 'object' },
  },
} as const;

/** Reset, snapshot export and import of one sandbox. */
export function stateRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { pool } = context;

  router.post('/reset', async (request, response) => {
    const sandbox = adminSandbox(request);
    const world = await renewSandbox(context, sandbox);
    response.json({ sandbox, reset: true, scenarios: context.startup.map((s) => s.name), tables: await tableCounts(world) });
  });

  router.get('/state', async (request, response) => {
    const world = await existingWorld(pool, adminSandbox(request));
    // Taken under the sandbox's lock: no request changes it halfway. Written row by row (a world of millions of
    // rows is a JSON text longer than V8's longest string).
    const snapshot = await world.state.snapshot();
    response.type('application/json');
    await writeSnapshotJson(response, snapshot);
    response.end();
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
      await world.state.restore(withImpliedCounters(checked.value, context.apis));
    } catch (error) {
      const reason = (error as Error).message;
      throw new ProblemError('invalid-state', `a table cannot index the snapshot's rows, the sandbox is unchanged: ${reason}`, { errors: [reason] });
    }
    response.json({ sandbox, imported: true, tables: await tableCounts(world) });
  });
  return router;
}
