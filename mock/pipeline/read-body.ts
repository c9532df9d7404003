import express, { type Request, type Response } from 'express';

/** The raw body, or why it cannot be read. */
export type ReadOutcome = { ok: true; raw: Buffer } | { ok: false; status: 400 | 413 | 415; reason: string };

const NO_BODY: ReadOutcome = { ok: true, raw: Buffer.alloc(0) };

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** Reads the raw body with Express's own limits and decoding; a request without one costs no promise. */
export function bodyReader(limit: string): (request: Request, response: Response) => ReadOutcome | Promise<ReadOutcome> {
  const parser = express.raw({ type: () => true, limit });
  return (request, response) => {
    if (!hasBody(request)) return NO_BODY;
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
