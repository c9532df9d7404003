import type { NextFunction, Request, Response } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import type { SandboxPool } from '../../src/state/sandbox-pool.js';
import type { World } from '../world.js';

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

/**
 * Names the caller's sandbox (default, or the one its `X-Clientela-Sandbox` header names) in `res.locals.sandbox`,
 * and makes `res.locals.world` fetch (or create) its world on first use: the pipeline reads it only after
 * authentication, so an anonymous request never builds a world.
 */
export function selectSandbox(pool: SandboxPool<World>) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const name = sandboxName(request.headers[SANDBOX_HEADER]);
    response.locals.sandbox = name;
    let world: World | undefined;
    Object.defineProperty(response.locals, 'world', { configurable: true, enumerable: true, get: () => (world ??= pool.get(name)) });
    next();
  };
}
