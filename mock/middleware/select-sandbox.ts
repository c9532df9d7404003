import { ProblemError } from '../../src/problems/problem.js';

/** The header that names a caller's sandbox. */
export const SANDBOX_HEADER = 'x-clientela-sandbox';
const NAME = /^[A-Za-z0-9_.:-]{1,64}$/;

/** Checks a sandbox name; a bad one is a 400 problem. */
export function sandboxName(value: unknown): string {
  if (value === undefined || value === '') return 'default';
  if (typeof value !== 'string' || !NAME.test(value)) {
    throw new ProblemError('bad-request', 'a sandbox name is 1 to 64 characters among A-Z a-z 0-9 _ . : -');
  }
  return value;
}
