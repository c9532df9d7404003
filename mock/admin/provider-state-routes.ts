import express, { type Router } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import { applyProviderState, type ProviderStateAction } from '../scenarios/apply-provider-state.js';
import { type AdminContext, adminSandbox } from './admin-context.js';
import { objectBody } from './scenario-routes.js';

/** Pact provider states: the list (every plug-in's and every scenario), and setting one up or tearing it down. */
export function providerStateRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { catalogue, pool, states } = context;

  router.get('/provider-states', (_request, response) => {
    response.json({
      states: [
        ...states.list().map(({ definition }) => ({ state: definition.pattern, description: definition.description, teardown: Boolean(definition.teardown) })),
        ...catalogue.names().map((name) => ({ state: name, description: catalogue.get(name).scenario.description, teardown: false })),
      ],
    });
  });

  router.post('/provider-states', async (request, response) => {
    const body = objectBody(request.body, 'the body');
    const { state, params, action } = body;
    if (typeof state !== 'string' || state === '') throw new ProblemError('bad-request', 'the body needs "state": the provider state name');
    if (action !== undefined && action !== 'setup' && action !== 'teardown') throw new ProblemError('bad-request', 'action is setup or teardown');
    const given = objectBody(params, 'params');
    const world = await pool.get(adminSandbox(request));
    response.json(await applyProviderState(world, context, state, given, (action ?? 'setup') as ProviderStateAction));
  });
  return router;
}
