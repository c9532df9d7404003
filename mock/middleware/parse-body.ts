import type { Request } from 'express';
import type { Contract } from '../../src/contracts/contract.js';

/** Keys that could reach an object's prototype once merged; a body carrying one is refused. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The parsed body, or why it cannot be read (the pipeline renders the reason in the API's own format). */
export type ParsedBody = { ok: true; body: unknown } | { ok: false; status: 400 | 415; reason: string };

function parseJson(text: string): ParsedBody {
  // The reviver costs time, so it only runs when a forbidden key might be present (also spelt with \u escapes).
  const suspicious = text.includes('__proto__') || text.includes('constructor') || text.includes('prototype') || text.includes('\\u');
  try {
    const body: unknown = JSON.parse(
      text,
      suspicious
        ? (key, value: unknown) => {
            if (FORBIDDEN_KEYS.has(key)) throw new Error(`the key "${key}" is not allowed in a request body`);
            return value;
          }
        : undefined,
    );
    return { ok: true, body };
  } catch (error) {
    return { ok: false, status: 400, reason: `malformed JSON body: ${(error as Error).message}` };
  }
}

/**
 * Reads the raw body the way the contract says: JSON (also when no content type is sent) or form-urlencoded.
 * @example parseBody(request, raw, contract) // { ok: true, body: { customerNumber: '…' } }
 */
export function parseBody(request: Pick<Request, 'headers'>, raw: Buffer, contract: Contract): ParsedBody {
  if (raw.length === 0) return { ok: true, body: undefined };
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const text = raw.toString('utf8');
  if (contract.request.contentType === 'application/x-www-form-urlencoded') {
    if (type !== 'application/x-www-form-urlencoded') {
      return { ok: false, status: 415, reason: 'this operation takes application/x-www-form-urlencoded' };
    }
    const body: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(text)) {
      if (FORBIDDEN_KEYS.has(key)) return { ok: false, status: 400, reason: `the key "${key}" is not allowed in a request body` };
      body[key] = value;
    }
    return { ok: true, body };
  }
  if (type !== '' && type !== 'application/json' && !type.endsWith('+json')) {
    return { ok: false, status: 415, reason: `content type ${type} is not accepted; send application/json` };
  }
  return parseJson(text);
}
