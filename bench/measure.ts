import autocannon from 'autocannon';

export type Load = {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  headers?: Record<string, string>;
  body?: string;
  /** Builds a fresh body per request (e.g. a new CPF for each create). */
  bodyFor?: () => string;
  connections?: number;
  seconds?: number;
};

export type Figures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

/**
 * Drives `load` with autocannon (20 connections by default) and returns requests/s and latency percentiles.
 * @example await measure({ url: 'http://127.0.0.1:4010/', seconds: 5 })
 */
export async function measure(load: Load): Promise<Figures> {
  const result = await autocannon({
    url: load.url,
    method: load.method ?? 'GET',
    headers: load.headers ?? {},
    ...(load.body ? { body: load.body } : {}),
    ...(load.bodyFor
      ? {
          requests: [
            {
              setupRequest: (request: Record<string, unknown>) => ({ ...request, body: load.bodyFor?.() }),
            },
          ],
        }
      : {}),
    connections: load.connections ?? 20,
    duration: load.seconds ?? 5,
  } as autocannon.Options);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
