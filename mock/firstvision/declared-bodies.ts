import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredOnly } from '../../src/contracts/declared-only.js';
import { defsLookup } from '../../src/contracts/dereference.js';
import type { Handler } from '../../src/plugin/api-plugin.js';

/**
 * The handlers, each seeing only the body fields its contract declares: FirstVision's write contracts leave
 * `additionalProperties` open, so unknown fields pass validation, and are dropped here before any handler could
 * store them (or, in Customer Update, copy an unknown object's keys into the customer).
 * @example const handlers = declaredBodies({ customerAdd: customerAddHandler }, contractsDir)
 */
export function declaredBodies<S>(handlers: Record<string, Handler<S>>, contractsDir: string): Record<string, Handler<S>> {
  const lookup = defsLookup(JSON.parse(readFileSync(join(contractsDir, 'defs.json'), 'utf8')));
  const wrapped: Record<string, Handler<S>> = {};
  for (const [operationId, handler] of Object.entries(handlers)) {
    wrapped[operationId] = (context) => {
      const body = declaredOnly(context.values.body, context.compiled.contract.request.body, lookup);
      return handler({ ...context, values: { ...context.values, body } });
    };
  }
  return wrapped;
}
