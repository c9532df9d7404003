import express, { type Router } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import { applyScenario } from '../scenarios/apply-scenario.js';
import { loadNamedScenario } from '../scenarios/load-named-scenario.js';
import { type AdminContext, adminSandbox } from './admin-context.js';

export function objectBody(body: unknown, what: string): Record<string, unknown> {
  if (body === undefined || body === null || body === '') return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new ProblemError('bad-request', `${what} must be a JSON object`);
  return body as Record<string, unknown>;
}

/** The scenario catalogue, and loading a scenario into a sandbox. */
export function scenarioRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { catalogue, pool } = context;

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

  return router;
}
