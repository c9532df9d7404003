import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { problem, type Problem, type ProblemKind } from '../problems/problem.js';

/** Node's own refusals, before any route sees the request, by the parser's error code. */
const REFUSALS: Record<string, { kind: ProblemKind; detail: string }> = {
  HPE_HEADER_OVERFLOW: { kind: 'headers-too-large', detail: 'the request line and headers exceed the server limit (16 KB unless NODE_OPTIONS=--max-http-header-size=N)' },
  ERR_HTTP_REQUEST_TIMEOUT: { kind: 'request-timeout', detail: 'the request did not arrive in time' },
  HPE_INVALID_METHOD: { kind: 'bad-request', detail: 'the method is not an HTTP method' },
};

/** A whole HTTP/1.1 response carrying `body` as problem+json, closing the connection (the parser state is lost). */
function problemResponse(body: Problem): string {
  const json = JSON.stringify(body);
  return [
    `HTTP/1.1 ${body.status} ${STATUS_CODES[body.status] ?? ''}`,
    'Content-Type: application/problem+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(json)}`,
    'Connection: close',
    '',
    json,
  ].join('\r\n');
}

/**
 * Gives Node's own answers a problem+json body: a request the HTTP parser refuses (headers too large 431, a
 * timeout 408, an unknown method or malformed request 400) and CONNECT (400: not a proxy), which no route sees. Like the
 * unmatched-route policy, these name no operation, so they are clientela's problems, not an API's envelope.
 * @example answerClientErrors(app.listen(0))
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: Error & { code?: string }, socket: Socket) => {
    // As Node's default: an answer only on a connection that has written nothing yet (never into another answer).
    if (error.code === 'ECONNRESET' || !socket.writable || socket.bytesWritten > 0) {
      socket.destroy();
      return;
    }
    const refusal = REFUSALS[error.code ?? ''] ?? { kind: 'bad-request' as const, detail: 'the request is not valid HTTP/1.1' };
    socket.end(problemResponse(problem(refusal.kind, refusal.detail)));
  });
  server.on('connect', (request: IncomingMessage, socket: Duplex) => {
    socket.end(problemResponse(problem('bad-request', `CONNECT ${request.url ?? ''}: clientela is not a proxy`)));
  });
}
