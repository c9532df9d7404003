import express, { type Request, type Response } from 'express';
import type { ApiDispatcher } from './api-dispatcher.js';
import { apiMounts } from '../src/contracts/api-mounts.js';
import type { ContractRegistry } from '../src/contracts/contract-registry.js';
import { isSafe } from '../src/contracts/contract.js';
import { validateRequest } from '../src/validation/validate-request.js';
import { validateResponse } from '../src/validation/validate-response.js';
import type { CompiledContract } from '../src/validation/compile-contract.js';
import { problem, ProblemError } from '../src/problems/problem.js';
import { ApiError } from './api-error.js';
import type { ApiModule, ApiResponse } from './api-module.js';
import { parseBody } from './middleware/parse-body.js';
import { ResponseCache } from './response-cache.js';
import { renderProblem } from './middleware/render-problem.js';
import type { World } from './world.js';

/**
 * A step that may answer a request before its handler runs (fault injection, `Prefer` overrides).
 * Returns a response to short-circuit, or undefined to go on.
 */
export type Interceptor = (context: { compiled: CompiledContract; request: Request; world: World }) => Promise<ApiResponse | undefined> | ApiResponse | undefined;

export type ApiRouterOptions = {
  registry: ContractRegistry;
  module: ApiModule;
  bodyLimit: string;
  /** Validate every response against the contract; a mismatch answers a 500 contract-violation problem. */
  strict: boolean;
  interceptors: Interceptor[];
  log: (line: string) => void;
};

type ReadOutcome = { ok: true; raw: Buffer } | { ok: false; status: 400 | 413 | 415; reason: string };

/**
 * Writes an API answer straight to the socket (Express's `res.json` costs a fifth of a request). The JSON text is
 * left in `res.locals.responseText` for the journal.
 */
function send(response: Response, result: ApiResponse, serialized?: string): void {
  // Headers go as one flat list: Node's fastest path to the socket.
  const headers: string[] = [];
  let typed = false;
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    headers.push(name, value);
    if (name.toLowerCase() === 'content-type') typed = true;
  }
  if (result.body === undefined) {
    response.writeHead(result.status, headers);
    response.end();
    return;
  }
  const text = serialized ?? JSON.stringify(result.body);
  response.locals.responseText = text;
  if (!typed) headers.push('Content-Type', 'application/json; charset=utf-8');
  headers.push('Content-Length', String(Buffer.byteLength(text)));
  response.writeHead(result.status, headers);
  response.end(text);
}

/** The world chosen for this request by the sandbox middleware. */
export function worldOf(response: Response): World {
  return response.locals.world as World;
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

const NO_BODY: ReadOutcome = { ok: true, raw: Buffer.alloc(0) };

/** Reads the raw body with Express's own limits and decoding (call it only when the request has one). */
function rawReader(limit: string) {
  const parser = express.raw({ type: () => true, limit });
  return (request: Request, response: Response): Promise<ReadOutcome> => {
    return new Promise((resolve) => {
      parser(request, response, (error?: unknown) => {
        if (!error) return resolve({ ok: true, raw: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0) });
        const status = (error as { status?: number }).status;
        if (status === 413) return resolve({ ok: false, status: 413, reason: `the body is larger than ${limit}` });
        if (status === 415) return resolve({ ok: false, status: 415, reason: (error as Error).message });
        resolve({ ok: false, status: 400, reason: (error as Error).message });
      });
    });
  };
}

/**
 * Registers every operation of one API on the dispatcher, at `<mount><path>`:
 * for each, in order, reading the body, authentication, parsing, request validation, the interceptors, the handler
 * and (strict mode) response validation. Every error is answered in the API's own format; a handler may not be
 * missing.
 */
export function buildApiRouter(dispatcher: ApiDispatcher, options: ApiRouterOptions): void {
  const { registry, module } = options;
  const mount = apiMounts[module.api];
  const readRaw = rawReader(options.bodyLimit);
  // The dispatcher ranks literal paths before parameters (`/customers/find` before `/customers/{id}`).
  for (const compiled of registry.all().filter((c) => c.contract.api === module.api)) {
    const { contract } = compiled;
    const handler = module.handlers[contract.operationId];
    if (!handler) throw new Error(`${module.api}: no handler for operation ${contract.operationId} (${contract.file})`);
    const cache = isSafe(contract) ? new ResponseCache(registry, contract) : undefined;
    /** The answer, with its JSON text when it came from (or went into) the read cache. */
    const answer = async (request: Request, response: Response): Promise<(ApiResponse & { text?: string }) | undefined> => {
      const read = hasBody(request) ? await readRaw(request, response) : NO_BODY;
      if (!read.ok) return module.errors.malformed(read.status, read.reason);
      request.body = read.raw;
      // Authentication comes before anything that could answer or create a sandbox (Prefer, faults, a new world).
      const denied = module.authenticate(request, compiled, read.raw);
      if (denied) return denied;
      const parsed = parseBody(request, read.raw, contract);
      if (!parsed.ok) return module.errors.malformed(parsed.status, parsed.reason);
      const validation = validateRequest(compiled, {
        headers: request.headers,
        params: request.params,
        query: request.query as Record<string, unknown>,
        body: parsed.body,
      });
      if (!validation.ok) return module.errors.validation(compiled, validation.diagnostics);
      const world = worldOf(response);
      for (const interceptor of options.interceptors) {
        // Most interceptors answer synchronously; awaiting only real promises keeps the hot path lean.
        const outcome = interceptor({ compiled, request, world });
        const early = outcome instanceof Promise ? await outcome : outcome;
        // Interceptors answer on purpose outside the contract (faults, Prefer problems): not checked in strict mode.
        if (early) return void send(response, early);
      }
      const key = cache?.key(validation.values);
      if (cache && key !== undefined) {
        const hit = cache.get(world, key);
        if (hit) return { ...hit.response, ...(hit.text === undefined ? {} : { text: hit.text }) };
      }
      let result: ApiResponse;
      try {
        result = handler({ compiled, values: validation.values, world, request });
      } catch (error) {
        if (error instanceof ApiError) return error.response;
        throw error;
      }
      if (!cache || key === undefined || result.status !== 200) return result;
      const text = result.body === undefined ? undefined : JSON.stringify(result.body);
      cache.set(world, key, result, text);
      return text === undefined ? result : { ...result, text };
    };
    const run = async (request: Request, response: Response): Promise<void> => {
      let result: (ApiResponse & { text?: string }) | undefined;
      try {
        result = await answer(request, response);
      } catch (error) {
        // clientela's own problems (e.g. the sandbox limit, reached when the world is first fetched) are rendered as such.
        if (error instanceof ProblemError) return renderProblem(response, error.problem);
        options.log(`unexpected failure in ${contract.operationId}: ${(error as Error).stack ?? String(error)}`);
        result = module.errors.failure(500, 'unexpected failure in the mock');
      }
      if (!result || response.headersSent) return;
      if (options.strict) {
        const diagnostics = validateResponse(compiled, result.status, result.body);
        if (diagnostics.length > 0) {
          options.log(`contract violation in ${contract.operationId} ${result.status}: ${JSON.stringify(diagnostics.slice(0, 5))}`);
          return renderProblem(response, problem('contract-violation', `${contract.operationId} answered ${result.status} outside its contract`, { diagnostics }));
        }
      }
      send(response, result, result.text);
    };
    for (const path of [contract.path, ...(contract.aliases ?? [])]) {
      dispatcher.add(contract.method, `${mount}${path}`, run);
    }
  }
}
