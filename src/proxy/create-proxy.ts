import express, { type Express, type Request, type Response } from 'express';
import type { ContractRegistry } from '../contracts/contract-registry.js';
import { maskText } from '../mask/mask-text.js';
import type { ApiPlugin, ApiResponse } from '../plugin/api-plugin.js';
import type { ApiErrorRenderer } from '../plugin/api-runtime.js';
import { problem } from '../problems/problem.js';
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

function send(response: Response, answer: ApiResponse, extra: Record<string, string>): Buffer {
  const body = Buffer.from(answer.body === undefined ? '' : JSON.stringify(answer.body));
  response.status(answer.status).set({ 'content-type': 'application/json; charset=utf-8', ...answer.headers, ...extra }).end(body);
  return body;
}

/**
 * The recording, validating proxy of one API: serves it under its mount, forwards every request to `target`,
 * checks both sides against the contracts, tells the caller in `x-clientela-drift`, journals every exchange
 * (`GET /__admin/requests`) and feeds the recorder. Build it here; only the CLI listens.
 * @example const { app } = createProxy({ plugin, registry, errors, target: 'https://staging.example/api/v1' })
 */
export function createProxy(options: ProxyOptions): Proxy {
  const { plugin, registry, errors } = options;
  const journal = new ProxyJournal(options.journalSize ?? 1000);
  const root = options.target.replace(/\/+$/, '');
  const app = express();
  app.disable('x-powered-by');
  app.get('/__admin/requests', (_request, response) => void response.json({ requests: journal.entries() }));
  app.delete('/__admin/requests', (_request, response) => void (journal.clear(), response.status(204).end()));
  app.use(express.raw({ type: () => true, limit: '10mb' }));
  app.use(async (request: Request, response: Response) => {
    const started = performance.now();
    const path = request.path;
    if (path !== plugin.mount && !path.startsWith(`${plugin.mount}/`)) {
      const body = problem('unmatched-route', `${request.method} ${maskText(path)} is not under ${plugin.mount}, where this proxy serves ${plugin.name}`);
      response.status(404).type('application/problem+json').send(JSON.stringify(body));
      return;
    }
    const relative = path.slice(plugin.mount.length) || '/';
    const search = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const match = registry.match(plugin.name, request.method, relative);
    const asked = match ? requestDrift(match, request, raw) : undefined;
    const drift: ExchangeDrift = {
      request: asked?.diagnostics ?? [{ path: '', code: 'operation', message: `no ${plugin.name} operation serves ${request.method} ${relative}` }],
      response: [],
    };
    const target = `${root}${relative}${search}`;
    const forwarded = await forwardRequest({ method: request.method, url: target, headers: request.headers, body: raw, timeoutMs: options.timeoutMs ?? 30000 });
    let sent: Buffer;
    let status: number;
    if (!forwarded.ok) {
      const answer = errors.failure(forwarded.status, `the provider cannot be reached: ${forwarded.reason}`);
      status = answer.status;
      sent = send(response, answer, summaryHeader(drift));
    } else {
      const answered = match ? responseDrift(match, forwarded.status, forwarded.body) : undefined;
      drift.response = answered?.diagnostics ?? [];
      if (match && answered && forwarded.status < 400) {
        options.recorder?.add({ operationId: match.compiled.contract.operationId, params: match.params, query: Object.fromEntries(new URLSearchParams(search)), requestBody: asked?.body, status: forwarded.status, responseBody: answered.body });
      }
      if (options.strict && drift.response.length > 0) {
        const answer = errors.failure(502, `the provider answered outside the contract (${drift.response.length} findings, see ${DRIFT_HEADER})`);
        status = answer.status;
        sent = send(response, answer, summaryHeader(drift));
      } else {
        status = forwarded.status;
        sent = forwarded.body;
        response.status(status).set({ ...forwarded.headers, ...summaryHeader(drift) }).end(sent);
      }
    }
    const durationMs = Math.round(performance.now() - started);
    const findings = drift.request.length + drift.response.length;
    options.log?.(`${request.method} ${maskText(request.originalUrl)} -> ${status}${findings ? ` drift: ${driftSummary(drift)}` : ''} (${durationMs} ms)`);
    journal.record({
      method: request.method,
      url: request.originalUrl,
      target,
      operationId: match?.compiled.contract.operationId,
      status,
      durationMs,
      headers: request.headers,
      requestBody: raw.length ? raw.toString('utf8') : undefined,
      responseBody: sent.length ? sent.toString('utf8') : undefined,
      drift,
    });
  });
  return { app, journal };
}

function summaryHeader(drift: ExchangeDrift): Record<string, string> {
  const summary = driftSummary(drift);
  return summary ? { [DRIFT_HEADER]: summary } : {};
}
