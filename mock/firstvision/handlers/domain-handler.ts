import type { ApiResponse, Handler, HandlerContext } from '../../../src/plugin/api-plugin.js';
import type { FirstVisionSandbox } from '../firstvision-sandbox.js';

/** A FirstVision handler's context. */
export type FirstVisionContext = HandlerContext<FirstVisionSandbox>;

/** FirstVision's success envelope around an operation's payload. */
export function success(data: unknown): ApiResponse {
  return { status: 200, body: { hasError: false, errors: [], data } };
}

/**
 * A handler that answers its step's result in the success envelope. A refused rule throws `DomainError`, which the
 * plug-in's `errors.domain` renders as 422 with the VPL code and the description from the operation's contract.
 * @example export const customerAddHandler = domainHandler(async (context) => ({ customerNumber: (await addCustomer(context, …)).customerNumber }))
 */
export function domainHandler(run: (context: FirstVisionContext) => Promise<unknown>): Handler<FirstVisionSandbox> {
  return async (context) => success(await run(context));
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
export function bodyOf<T>(context: FirstVisionContext): T {
  return context.values.body as T;
}

/** A single header value. */
export function headerOf(context: FirstVisionContext, name: string): string | undefined {
  const value = context.values.headers[name];
  return typeof value === 'string' ? value : undefined;
}
