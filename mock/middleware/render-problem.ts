import type { Response } from 'express';
import type { Problem } from '../../src/problems/problem.js';
import type { ApiResponse } from '../api-module.js';

export const PROBLEM_TYPE = 'application/problem+json';

/** The one place clientela's own errors are written: `application/problem+json`. */
export function renderProblem(response: Response, problem: Problem): void {
  response.status(problem.status).type(PROBLEM_TYPE).send(JSON.stringify(problem));
}

/** A problem as an API pipeline answer (for interceptors, which answer instead of writing). */
export function problemResponse(problem: Problem): ApiResponse {
  return { status: problem.status, body: problem, headers: { 'content-type': PROBLEM_TYPE } };
}
