import { generateCpf } from '../src/numbers/cpf.js';
import { hashString, type Random, seededRandom } from '../src/fake/seeded-random.js';
import type { Dataset } from './dataset.js';
import type { Call } from './measure.js';

/** How one target spells each benchmarked request (its paths, headers and bodies). */
export type Routes = {
  cardsDetails: (customerNumber: string) => Call;
  customerAdd: () => Call;
  credereFind: (cpf: string) => Call;
  credereCreate: (cpf: string) => Call;
  crederePatch: (id: number) => Call;
};

/** A benchmarked workload: `next` builds each request from a target's routes, the records and a seeded random. */
export type Workload = { name: string; api: 'firstvision' | 'credere'; next: (routes: Routes, data: Dataset, random: Random) => Call };

const create = (routes: Routes, random: Random): Call => routes.credereCreate(generateCpf(random.int));

/** The workloads every target runs, in this order: reads spread over every key, writes, and a 90/10 mix. */
export const workloads: readonly Workload[] = [
  { name: 'FirstVision cards details, random customer', api: 'firstvision', next: (routes, data, random) => routes.cardsDetails(random.pick(data.customerNumbers)) },
  { name: 'Credere find by CPF, random customer', api: 'credere', next: (routes, data, random) => routes.credereFind(random.pick(data.credere).cpf) },
  { name: 'FirstVision Customer Add', api: 'firstvision', next: (routes) => routes.customerAdd() },
  { name: 'Credere create', api: 'credere', next: (routes, _data, random) => create(routes, random) },
  { name: 'Credere PATCH, random customer', api: 'credere', next: (routes, data, random) => routes.crederePatch(random.pick(data.credere).id) },
  {
    name: 'Mixed 90/10: Credere find (random) / create',
    api: 'credere',
    next: (routes, data, random) => (random.int(10) === 0 ? create(routes, random) : routes.credereFind(random.pick(data.credere).cpf)),
  },
];

/**
 * The request source of `workload` on one target, seeded by the workload's name: every target gets the same
 * sequence of keys, and two workloads never create the same CPFs.
 */
export function requestsOf(workload: Workload, routes: Routes, data: Dataset): () => Call {
  const random = seededRandom(hashString(workload.name));
  return () => workload.next(routes, data, random);
}
