import { ApiError } from '../../api-error.js';
import type { ApiResponse, Handler, HandlerContext } from '../../api-module.js';
import { FirstVisionDomainError } from '../domain/firstvision-domain-error.js';
import type { FirstVisionStore } from '../firstvision-store.js';
import { vplError } from '../render-firstvision-error.js';

/** FirstVision's success envelope around an operation's payload. */
export function success(data: unknown): ApiResponse {
  return { status: 200, body: { hasError: false, errors: [], data } };
}

/**
 * A handler that runs one step over the store and answers its result in the success envelope; a refused domain
 * rule answers 422 with the VPL code and the description from the operation's contract.
 * @example export const customerAddHandler = domainHandler((context, store) => ({ customerNumber: store.addCustomer(…).n }))
 */
export function domainHandler(run: (context: HandlerContext, store: FirstVisionStore) => unknown): Handler {
  return (context) => {
    try {
      return success(run(context, context.world.firstvision));
    } catch (error) {
      if (error instanceof FirstVisionDomainError) throw new ApiError(vplError(context.compiled, error.code));
      throw error;
    }
  };
}

/** Throws the operation's VPL error `code` (a rule checked in the handler, not in a store command). */
export function refuse(code: string, message: string): never {
  throw new FirstVisionDomainError(code, message);
}

/** An organization or logo as sent (integer or numeric string). */
export function numberOf(value: unknown): number {
  return typeof value === 'number' ? value : Number(String(value).trim());
}

/** A one-character indicator as sent (`' '`, `'1'`, `1`), as the string the responses echo. */
export function indicator(value: unknown): string {
  return value === undefined ? ' ' : String(value).trim() || ' ';
}

/** The request body as the contract (already checked) describes it. */
export function bodyOf<T>(context: HandlerContext): T {
  return context.values.body as T;
}

/** A single header value. */
export function headerOf(context: HandlerContext, name: string): string | undefined {
  const value = context.values.headers[name];
  return typeof value === 'string' ? value : undefined;
}
