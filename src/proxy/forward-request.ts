import type { IncomingHttpHeaders } from 'node:http';

/** Headers of one connection, not of the message (RFC 9110 §7.6.1), and those fetch sets itself. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length', 'expect']);

/** What the provider answered, or why it could not be asked (502: unreachable or broken, 504: too slow). */
export type Forwarded =
  | { ok: true; status: number; headers: Record<string, string | string[]>; body: Buffer }
  | { ok: false; status: 502 | 504; reason: string };

export type ForwardInput = { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer; timeoutMs: number };

function forwardedHeaders(headers: IncomingHttpHeaders): Headers {
  const out = new Headers();
  const listed = String(headers.connection ?? '').split(',').map((name) => name.trim().toLowerCase());
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || listed.includes(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) out.append(name, one);
  }
  return out;
}

function unreachable(error: unknown, url: string): { status: 502 | 504; reason: string } {
  const host = new URL(url).host;
  if ((error as Error).name === 'TimeoutError') return { status: 504, reason: `${host} did not answer in time` };
  const code = (error as { cause?: { code?: string } }).cause?.code;
  if (code === 'ECONNREFUSED') return { status: 502, reason: `connection refused by ${host}` };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { status: 502, reason: `${new URL(url).hostname} does not resolve` };
  return { status: 502, reason: `${host} could not be reached (${code ?? (error as Error).message})` };
}

/**
 * Sends one request on to the provider as it came (method, headers but hop-by-hop ones, body bytes) and reads the
 * whole answer. Never throws: an unreachable or slow provider is a `Forwarded` with `ok: false`.
 * @example await forwardRequest({ method: 'GET', url: 'https://staging/api/v1/banks', headers: {}, body: Buffer.alloc(0), timeoutMs: 30000 })
 */
export async function forwardRequest(input: ForwardInput): Promise<Forwarded> {
  try {
    const response = await fetch(input.url, {
      method: input.method,
      headers: forwardedHeaders(input.headers),
      ...(input.method === 'GET' || input.method === 'HEAD' || input.body.length === 0 ? {} : { body: input.body }),
      redirect: 'manual',
      signal: AbortSignal.timeout(input.timeoutMs),
    });
    const body = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string | string[]> = {};
    // fetch has decoded the body already: its encoding and length no longer describe what is sent on.
    response.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name) && name !== 'content-encoding' && name !== 'set-cookie') headers[name] = value;
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length) headers['set-cookie'] = cookies;
    return { ok: true, status: response.status, headers, body };
  } catch (error) {
    return { ok: false, ...unreachable(error, input.url) };
  }
}
