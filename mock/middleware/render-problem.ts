import type { Response } from 'express';
import type { Problem } from '../../src/problems/problem.js';
import type { ApiResponse } from '../api-module.js';

export const PROBLEM_TYPE = 'application/problem+json';

/** The one place clientela's own errors are written: `application/problem+json`. */
export function renderProblem(response: Response, problem: Problem): void {
  const text = JSON.stringify(problem);
  // The journal reads what was sent from here.
  response.locals.responseText = text;
  response.status(problem.status).type(PROBLEM_TYPE).send(text);
}

/** A problem as an API pipeline answer (for interceptors, which answer instead of writing). */
export function problemResponse(problem: Problem): ApiResponse {
  return { status: problem.status, body: problem, headers: { 'content-type': PROBLEM_TYPE } };
}
