import type { Dataset } from '../dataset.js';
import { spawnTarget } from '../spawn-target.js';
import { scriptArgs } from '../script-args.js';
import { apiRoutes } from './clientela.js';
import { jsonServerRoutes, startJsonServer } from './json-server.js';
import { startMockoon } from './mockoon.js';
import { prismRoutes, startPrism } from './prism.js';
import { type Running, runningOne, runningTwo } from './running.js';
import type { SampleAnswers } from './sample-answers.js';
import { startWiremock } from './wiremock.js';

/** A peer measured in the same run as clientela; `start` throws when it cannot run (it is then "not measured"). */
export type Peer = { name: string; note: string; start: () => Promise<Running> };

const stubHeaders = { authorization: 'Bearer bench' };

/** The peers, given clientela's records, its answers (for the stub servers) and the FirstVision headers it accepted. */
export function peers(data: Dataset, answers: SampleAnswers, fvHeaders: Record<string, string>): Peer[] {
  return [
    {
      name: 'Prism 5.14.2',
      note: '`prism mock` on the exported OpenAPI, one process per API; validates requests, answers the contract examples (no state)',
      start: async () => {
        const fv = await startPrism('firstvision');
        try {
          return runningTwo(fv, await startPrism('credere'), prismRoutes(fvHeaders));
        } catch (error) {
          await fv.stop();
          throw error;
        }
      },
    },
    { name: 'json-server 0.17.4', note: 'the same records in memory, its own REST routes (finds are filter queries); stateful', start: async () => runningOne(await startJsonServer(data), jsonServerRoutes) },
    { name: 'Mockoon CLI 9.9.0', note: "an environment with the same routes, each answering clientela's answer verbatim (no state, no templating)", start: async () => runningOne(await startMockoon(answers), apiRoutes(stubHeaders)) },
    { name: 'WireMock 3.13.2 (Java 17)', note: "standalone jar, one stub per route with clientela's answer (no state), journal capped at 1,000", start: async () => runningOne(await startWiremock(answers), apiRoutes(stubHeaders)) },
  ];
}

/** Express answering a small JSON body with no work at all: the framework's ceiling, every workload sent to `/`. */
export async function startHelloWorld(): Promise<Running> {
  const target = await spawnTarget(process.execPath, scriptArgs('targets/hello-world'));
  const root = { method: 'GET', path: '/' } as const;
  return runningOne(target, { cardsDetails: () => root, customerAdd: () => root, credereFind: () => root, credereCreate: () => root, crederePatch: () => root });
}
