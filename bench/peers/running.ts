import type { Target } from '../spawn-target.js';
import type { Routes } from '../workloads.js';

/** A started benchmark target: where each API answers, how it spells the requests, and its processes. */
export type Running = { origin: (api: 'firstvision' | 'credere') => string; routes: Routes; startMs: number; rssMb: () => number; stop: () => Promise<void> };

/** One process serving both APIs. */
export function runningOne(target: Target, routes: Routes): Running {
  return { origin: () => target.url, routes, startMs: target.startMs, rssMb: target.rssMb, stop: target.stop };
}

/** One process per API (Prism): RSS and start-up are their sums. */
export function runningTwo(fv: Target, cr: Target, routes: Routes): Running {
  return {
    origin: (api) => (api === 'firstvision' ? fv.url : cr.url),
    routes,
    startMs: fv.startMs + cr.startMs,
    rssMb: () => fv.rssMb() + cr.rssMb(),
    stop: async () => {
      await fv.stop();
      await cr.stop();
    },
  };
}
