import type { NextFunction, Request, Response } from 'express';
import type { ContractRegistry } from '../../src/contracts/contract-registry.js';
import type { ProblemError } from '../../src/problems/problem.js';
import type { RequestJournal } from '../admin/request-journal.js';
import { recordRequest } from '../middleware/record-requests.js';
import { renderProblem } from '../middleware/render-problem.js';
import { SANDBOX_HEADER, sandboxName } from '../middleware/select-sandbox.js';
import { apiOfPath, type MountedApi } from '../mounted-api.js';
import type { RequestContext } from './request-context.js';

/**
 * The Express middleware in front of the pipeline: matches the request once, against the contract registry
 * (mount, then method and path), names its sandbox and hands a fresh context to `run`. A request no operation
 * serves goes on to the admin API and the unmatched-route policy.
 */
export function apiEntry(apis: readonly MountedApi[], registry: ContractRegistry, journal: RequestJournal, run: (context: RequestContext) => Promise<void>) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const under = apiOfPath(apis, request.path);
    const match = under && registry.match(under.api.plugin.name, request.method, under.path);
    if (!under || !match) return next();
    const started = performance.now();
    let sandbox: string;
    try {
      sandbox = sandboxName(request.headers[SANDBOX_HEADER]);
    } catch (error) {
      const header = request.headers[SANDBOX_HEADER];
      const responseText = renderProblem(response, (error as ProblemError).problem);
      recordRequest(journal, request, { started, sandbox: String(header), operationId: undefined, status: response.statusCode, body: undefined, responseText });
      return;
    }
    const { compiled, params } = match;
    // The pipeline answers every failure itself; what escapes it (an answer that cannot be written) goes to Express.
    run({ request, response, api: under.api, compiled, params, sandbox, started, raw: undefined, body: undefined, values: undefined, world: undefined }).catch(next);
  };
}
