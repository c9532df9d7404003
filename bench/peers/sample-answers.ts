import type { Dataset } from '../dataset.js';
import type { Call } from '../measure.js';
import type { Routes } from '../workloads.js';

/** One answer clientela gave, which the stub-serving peers (Mockoon, WireMock) send back verbatim. */
export type Answer = { status: number; body: string };
export type SampleAnswers = Record<keyof Routes, Answer>;

async function send(origin: string, call: Call): Promise<Answer> {
  const response = await fetch(`${origin}${call.path}`, { method: call.method, headers: call.headers ?? {}, ...(call.body ? { body: call.body } : {}) });
  return { status: response.status, body: await response.text() };
}

/** Asks clientela each benchmarked request once (on records of `data`) and keeps its answers. */
export async function sampleAnswers(origin: string, routes: Routes, data: Dataset): Promise<SampleAnswers> {
  const customer = data.credere[0] ?? { id: 1, cpf: '529.982.247-25' };
  return {
    cardsDetails: await send(origin, routes.cardsDetails(data.customerNumbers[0] ?? '')),
    customerAdd: await send(origin, routes.customerAdd()),
    credereFind: await send(origin, routes.credereFind(customer.cpf)),
    credereCreate: await send(origin, routes.credereCreate('111.444.777-35')),
    crederePatch: await send(origin, routes.crederePatch(customer.id)),
  };
}
