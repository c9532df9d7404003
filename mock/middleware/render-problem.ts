import type { Response } from 'express';
import type { Problem } from '../../src/problems/problem.js';

/** The one place clientela's own errors are written: `application/problem+json`. */
export function renderProblem(response: Response, problem: Problem): void {
  response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}
