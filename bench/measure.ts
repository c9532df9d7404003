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
  /** Seconds of the same load run first and discarded (JIT warm-up, and the GC settling after a big load). */
  warmupSeconds?: number;
};

export type Figures = { requestsPerSecond: number; meanMs: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

/**
 * Drives `load` with autocannon (20 connections by default) and returns requests/s and latency percentiles.
 * @example await measure({ url: 'http://127.0.0.1:4010/', seconds: 5 })
 */
export async function measure(load: Load): Promise<Figures> {
  const warmup = load.warmupSeconds ?? 2;
  if (warmup > 0) await run({ ...load, seconds: warmup });
  const result = await run(load);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    meanMs: Number(result.latency.average.toFixed(2)),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

function run(load: Load): Promise<autocannon.Result> {
  return autocannon({
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
}
