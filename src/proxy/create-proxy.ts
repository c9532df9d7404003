import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { ContractRegistry } from '../contracts/contract-registry.js';
import { maskText } from '../mask/mask-text.js';
import type { ApiPlugin, ApiResponse } from '../plugin/api-plugin.js';
import type { ApiErrorRenderer } from '../plugin/api-runtime.js';
import { problem } from '../problems/problem.js';
import { redactQuery } from './redact-query.js';
import { forwardRequest } from './forward-request.js';
import { driftSummary, type ExchangeDrift, requestDrift, responseDrift } from './proxy-drift.js';
import { ProxyJournal } from './proxy-journal.js';
import type { ProxyRecorder } from './proxy-recorder.js';

export const DRIFT_HEADER = 'x-clientela-drift';

export type ProxyOptions = {
  plugin: ApiPlugin;
  registry: ContractRegistry;
  /** The API's error renderer: unreachable providers and (strict) violated answers are the API's own 502/504. */
  errors: ApiErrorRenderer;
  /** The API root as the provider serves it. */
  target: string;
  strict?: boolean;
  timeoutMs?: number;
  journalSize?: number;
  recorder?: ProxyRecorder;
  /** One line per exchange: method, masked path, status, drift counts. */
  log?: (line: string) => void;
};

export type Proxy = { app: Express; journal: ProxyJournal };

/** What the caller gets for one exchange, and what was found on the way. */
type Answer = { status: number; headers: Record<string, string | string[]>; body: Buffer; drift: ExchangeDrift; target: string; operationId: string | undefined };

function rendered(answer: ApiResponse): Pick<Answer, 'status' | 'headers' | 'body'> {
  const body = Buffer.from(answer.body === undefined ? '' : JSON.stringify(answer.body));
  return { status: answer.status, headers: { 'content-type': 'application/json; charset=utf-8', ...answer.headers }, body };
}

/** Validates the request, forwards it, validates the answer, records it, and says what the caller gets. */
async function exchange(options: ProxyOptions, request: Request, raw: Buffer): Promise<Answer> {
  const { plugin, errors } = options;
  const relative = request.path.slice(plugin.mount.length) || '/';
  const search = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
  const match = options.registry.match(plugin.name, request.method, relative);
  const asked = match ? requestDrift(match, request, raw) : undefined;
  const drift: ExchangeDrift = {
    request: asked?.diagnostics ?? [{ path: '', code: 'operation', message: `no ${plugin.name} operation serves ${request.method} ${relative}` }],
    response: [],
  };
  const target = `${options.target.replace(/\/+$/, '')}${relative}${search}`;
  const operationId = match?.compiled.contract.operationId;
  const forwarded = await forwardRequest({ method: request.method, url: target, headers: request.headers, body: raw, timeoutMs: options.timeoutMs ?? 30000 });
  if (!forwarded.ok) return { ...rendered(errors.failure(forwarded.status, `the provider cannot be reached: ${forwarded.reason}`)), drift, target, operationId };
  // A HEAD answer has no body to check (RFC 9110 §9.3.2).
  const answered = match && request.method !== 'HEAD' ? responseDrift(match, forwarded.status, forwarded.body) : undefined;
  drift.response = answered?.diagnostics ?? [];
  if (match && answered && forwarded.status < 400) {
    const query = Object.fromEntries(new URLSearchParams(search));
    options.recorder?.add({ operationId: match.compiled.contract.operationId, params: match.params, query, requestBody: asked?.body, status: forwarded.status, responseBody: answered.body });
  }
  if (options.strict && drift.response.length > 0) {
    const answer = errors.failure(502, `the provider answered outside the contract (${drift.response.length} findings, see ${DRIFT_HEADER})`);
    return { ...rendered(answer), drift, target, operationId };
  }
  return { status: forwarded.status, headers: forwarded.headers, body: forwarded.body, drift, target, operationId };
}

function outsideMount(response: Response, request: Request, mount: string, api: string): void {
  const body = problem('unmatched-route', `${request.method} ${maskText(request.path)} is not under ${mount}, where this proxy serves ${api}`);
  response.status(404).type('application/problem+json').send(JSON.stringify(body));
}

/**
 * The recording, validating proxy of one API: serves it under its mount, forwards every request to `target`,
 * checks both sides against the contracts, tells the caller in `x-clientela-drift`, journals every exchange
 * (`GET /__admin/requests`) and feeds the recorder. Build it here; only the CLI listens.
 * @example const { app } = createProxy({ plugin, registry, errors, target: 'https://staging.example/api/v1' })
 */
export function createProxy(options: ProxyOptions): Proxy {
  const { plugin } = options;
  const personal = plugin.recording?.personal ?? {};
  const journal = new ProxyJournal(options.journalSize ?? 1000);
  const app = express();
  app.disable('x-powered-by');
  app.get('/__admin/requests', (_request, response) => void response.json({ requests: journal.entries() }));
  app.delete('/__admin/requests', (_request, response) => void (journal.clear(), response.status(204).end()));
  app.use(express.raw({ type: () => true, limit: '10mb' }));
  app.use(async (request: Request, response: Response) => {
    const started = performance.now();
    if (request.path !== plugin.mount && !request.path.startsWith(`${plugin.mount}/`)) return outsideMount(response, request, plugin.mount, plugin.name);
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const answer = await exchange(options, request, raw);
    response.status(answer.status).set({ ...answer.headers, ...summaryHeader(answer.drift) }).end(answer.body);
    const durationMs = Math.round(performance.now() - started);
    const summary = driftSummary(answer.drift);
    const shown = redactQuery(request.originalUrl, personal);
    options.log?.(`${request.method} ${shown} -> ${answer.status}${summary ? ` drift: ${summary}` : ''} (${durationMs} ms)`);
    journal.record({
      method: request.method,
      url: shown,
      target: redactQuery(answer.target, personal),
      operationId: answer.operationId,
      status: answer.status,
      durationMs,
      headers: request.headers,
      requestBody: raw.length ? raw.toString('utf8') : undefined,
      responseBody: answer.body.length ? answer.body.toString('utf8') : undefined,
      drift: answer.drift,
    });
  });
  app.use((error: Error & { status?: number; type?: string }, request: Request, response: Response, _next: NextFunction) => {
    // The body could not be read (too large, bad encoding): the API's own 413/400. Anything else is the proxy's own failure.
    const unreadable = error.status === 413 || error.status === 400 || error.status === 415;
    const answer = unreadable ? options.errors.malformed(error.status as 400 | 413 | 415, error.message) : options.errors.failure(500, 'unexpected failure in the proxy');
    options.log?.(`${request.method} ${redactQuery(request.originalUrl, personal)} -> ${answer.status} (${maskText(error.message)})`);
    const { status, headers, body } = rendered(answer);
    response.status(status).set(headers).end(body);
  });
  return { app, journal };
}

function summaryHeader(drift: ExchangeDrift): Record<string, string> {
  const summary = driftSummary(drift);
  return summary ? { [DRIFT_HEADER]: summary } : {};
}
