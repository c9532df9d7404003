import type { Response } from 'express';
import type { Problem } from '../../src/problems/problem.js';
import type { ApiResponse } from '../../src/plugin/api-plugin.js';
import { writeAnswer } from '../pipeline/write-answer.js';

export const PROBLEM_TYPE = 'application/problem+json';

/** A problem as an answer: `application/problem+json`, clientela's own error format. */
export function problemResponse(problem: Problem, charset = false): ApiResponse {
  return { status: problem.status, body: problem, headers: { 'Content-Type': charset ? `${PROBLEM_TYPE}; charset=utf-8` : PROBLEM_TYPE } };
}

/** Writes one of clientela's own errors (admin API, unmatched routes); answers the text, for the journal. */
export function renderProblem(response: Response, problem: Problem): string | undefined {
  return writeAnswer(response, problemResponse(problem, true));
}
