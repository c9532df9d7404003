import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { ProblemError } from '../../src/problems/problem.js';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** The token a request carries: `Authorization: Bearer T` or `X-Admin-Token: T`. */
export function presentedToken(request: Request): string | undefined {
  const header = request.headers['x-admin-token'];
  if (typeof header === 'string' && header) return header;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return bearer?.[1];
}

/**
 * Guards the admin API when a token is set: every call needs it (compared in constant time), else a 401 problem.
 * Without a token, everything passes (the CLI only allows that on loopback).
 */
export function requireAdminToken(token: string | undefined) {
  const expected = token ? digest(token) : undefined;
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!expected) return next();
    const given = presentedToken(request);
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return next();
    response.set('WWW-Authenticate', 'Bearer realm="clientela-admin"');
    throw new ProblemError('admin-unauthorized', given === undefined ? 'send Authorization: Bearer <admin token> or X-Admin-Token' : 'the admin token is wrong');
  };
}
