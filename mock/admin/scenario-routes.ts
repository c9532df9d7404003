import express, { type Router } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import { applyProviderState, type ProviderStateAction } from '../scenarios/apply-provider-state.js';
import { applyScenario } from '../scenarios/apply-scenario.js';
import { loadNamedScenario } from '../scenarios/load-named-scenario.js';
import { type AdminContext, adminSandbox } from './admin-context.js';

function objectBody(body: unknown, what: string): Record<string, unknown> {
  if (body === undefined || body === null || body === '') return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new ProblemError('bad-request', `${what} must be a JSON object`);
  return body as Record<string, unknown>;
}

/** Scenario catalogue and loading, and Pact provider states. */
export function scenarioRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { catalogue, pool, states } = context;

  router.get('/scenarios', (_request, response) => {
    response.json({
      scenarios: catalogue.names().map((name) => {
        const { scenario, raw } = catalogue.get(name);
        return { name, description: scenario.description, parameters: raw.parameters ?? {} };
      }),
    });
  });

  router.get('/scenarios/:name', (request, response) => {
    response.json(catalogue.get(request.params.name).raw);
  });

  router.post('/scenarios/:name', async (request, response) => {
    const sandbox = adminSandbox(request);
    const scenario = loadNamedScenario(catalogue, request.params.name, objectBody(request.body, 'the parameters'));
    const report = await applyScenario(await pool.get(sandbox), context.apis, scenario);
    response.json({ sandbox, ...report });
  });

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
