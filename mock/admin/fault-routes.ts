import express, { type Router } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import type { AdminContext } from './admin-context.js';
import { checkFaultSettings } from './fault-settings.js';

/** Fault settings: read, replace, clear. */
export function faultRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { faults } = context;

  router.get('/faults', (_request, response) => {
    response.json({ active: faults.active, settings: faults.settings });
  });

  router.put('/faults', (request, response) => {
    const checked = checkFaultSettings(request.body ?? {});
    if (!checked.ok) throw new ProblemError('invalid-faults', checked.errors.join('; '), { errors: checked.errors });
    faults.set(checked.settings);
    response.json({ active: faults.active, settings: faults.settings });
  });

  router.delete('/faults', (_request, response) => {
    faults.clear();
    response.json({ active: false, settings: {} });
  });
  return router;
}
