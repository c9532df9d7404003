import type { FetchLike } from '../clients/send-json.js';

/** Why a check could not be made at all (exit 2), as opposed to drift (exit 1). */
export class CouldNotCheck extends Error {}

/** The origin the clients are given; their `origin + mount` prefix is swapped for the API root. */
export const PLACEHOLDER_ORIGIN = 'http://clientela-api-root.invalid';

export type RootFetchOptions = {
  /** The API root exactly as the provider serves it (no mount appended). */
  root: string;
  /** The mount the API's typed clients put before every path. */
  mount: string;
  timeoutMs: number;
  headers: Record<string, string>;
  /** Called before each request with its method and full URL. */
  onProbe?: (method: string, url: string) => void;
  fetch?: FetchLike;
};

function connectionReason(error: unknown, url: string): string | undefined {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const host = new URL(url).host;
  if (code === 'ECONNREFUSED') return `connection refused by ${host}`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `DNS: ${new URL(url).hostname} does not resolve (${code})`;
  if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code) || /certificate|SSL|TLS/i.test(cause?.message ?? ''))
    return `TLS: ${cause?.message ?? code} (use --insecure for a self-signed host)`;
  if (code === 'ECONNRESET') return `connection reset by ${host}`;
  if ((error as Error).name === 'TimeoutError') return `timeout: ${host} did not answer in time`;
  if (error instanceof TypeError) return `could not reach ${host}: ${cause?.message ?? error.message}`;
  return undefined;
}

/**
 * A `fetch` for the drift check: maps the clients' mounted URLs onto the API root, adds `--header`s and the timeout,
 * reports each probe, and turns an unreachable host or a refused first call into `CouldNotCheck`.
 * @example const fetch = rootFetch({ root: 'https://staging/api/v1', mount: '/acme/v1', timeoutMs: 10000, headers: {} })
 */
export function rootFetch(options: RootFetchOptions): FetchLike {
  const prefix = `${PLACEHOLDER_ORIGIN}${options.mount}`;
  const root = options.root.replace(/\/+$/, '');
  const inner = options.fetch ?? fetch;
  let calls = 0;
  return async (url, init) => {
    const target = url.startsWith(prefix) ? `${root}${url.slice(prefix.length)}` : url;
    const method = init.method ?? 'GET';
    options.onProbe?.(method, target);
    const headers = { ...(init.headers as Record<string, string>), ...options.headers };
    let response: Response;
    try {
      response = await inner(target, { ...init, headers, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (error) {
      const reason = connectionReason(error, target);
      if (reason) throw new CouldNotCheck(reason);
      throw error;
    }
    calls += 1;
    if (calls === 1 && (response.status === 401 || response.status === 403))
      throw new CouldNotCheck(`${response.status} on the first call (${method} ${target}): the credentials or headers were refused`);
    return response;
  };
}
