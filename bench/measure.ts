import autocannon from 'autocannon';

/** One request of a workload: built afresh for every request autocannon sends. */
export type Call = { method: 'GET' | 'POST' | 'PUT' | 'PATCH'; path: string; headers?: Record<string, string>; body?: string };

export type Load = {
  /** The target's origin, e.g. `http://127.0.0.1:4010`. */
  origin: string;
  headers?: Record<string, string>;
  /** The next request (a random key, a fresh body): called once per request sent. */
  next: () => Call;
  connections?: number;
  seconds?: number;
  /** Seconds of the same load run first and discarded (JIT warm-up, and the GC settling after a big load). */
  warmupSeconds?: number;
};

export type Figures = { requestsPerSecond: number; meanMs: number; p50Ms: number; p99Ms: number; p999Ms: number; errors: number; non2xx: number; roundMeansMs?: number[] };

/**
 * Drives `load` with autocannon (20 connections by default) and returns requests/s and latency percentiles.
 * @example await measure({ origin: 'http://127.0.0.1:4010', next: () => ({ method: 'GET', path: '/' }), seconds: 5 })
 */
export async function measure(load: Load): Promise<Figures> {
  const warmup = load.warmupSeconds ?? 1;
  if (warmup > 0) await run({ ...load, seconds: warmup });
  const result = await run(load);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    meanMs: Number(result.latency.average.toFixed(2)),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    p999Ms: result.latency.p99_9,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function run(load: Load): Promise<autocannon.Result> {
  const first = load.next();
  return autocannon({
    url: load.origin,
    headers: load.headers ?? {},
    requests: [{ method: first.method, path: first.path, setupRequest: (request: { headers?: Record<string, string> }) => { const call = load.next(); return { ...request, ...call, headers: { ...request.headers, ...call.headers } }; } }],
    connections: load.connections ?? 20,
    duration: load.seconds ?? 5,
  } as autocannon.Options);
}
