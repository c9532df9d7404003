import type { Answer, SampleAnswers } from './sample-answers.js';

/** One route a stub-serving peer answers: method, path (`:id` for a path parameter) and clientela's answer. */
export type StubRoute = { method: 'get' | 'post' | 'patch'; path: string; answer: Answer };

/** The benchmarked routes at clientela's paths, each with the answer clientela gave to it. */
export function stubRoutes(answers: SampleAnswers): StubRoute[] {
  return [
    { method: 'get', path: '/firstvision/customer/v3/cards/details', answer: answers.cardsDetails },
    { method: 'post', path: '/firstvision/customer/l8v2', answer: answers.customerAdd },
    { method: 'get', path: '/credere/api/v1/customers/find', answer: answers.credereFind },
    { method: 'post', path: '/credere/api/v1/customers', answer: answers.credereCreate },
    { method: 'patch', path: '/credere/api/v1/customers/:id', answer: answers.crederePatch },
  ];
}
