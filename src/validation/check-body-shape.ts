import type { Diagnostic } from './diagnostic.js';

/** How large a JSON body may be, in structure rather than bytes (bytes are `--body-limit`). */
export type BodyLimits = {
  /** Items of one array. */
  maxItems: number;
  /** Members of one object. */
  maxProperties: number;
  /** Levels of nesting below the body itself. */
  maxDepth: number;
  /** Values of the whole body (every object, array, string, number, boolean and null). */
  maxValues: number;
};

/**
 * The mock's limits: far above any real request of the contracts, low enough that validating the largest body
 * allowed takes milliseconds, so that one request never holds up the others.
 */
export const BODY_LIMITS: BodyLimits = { maxItems: 1000, maxProperties: 1000, maxDepth: 32, maxValues: 10_000 };

/** The diagnostic codes of a breached limit (no contract keyword has these meanings for a whole body). */
export const BODY_SHAPE_CODES: ReadonlySet<string> = new Set(['maxItems', 'maxProperties', 'maxDepth', 'maxValues']);

function escape(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

type Pending = { value: unknown; path: string; depth: number };

function containerDiagnostic(value: object, { path, depth }: Pending, limits: BodyLimits): Diagnostic | undefined {
  if (depth > limits.maxDepth) return { path, code: 'maxDepth', message: `nests deeper than ${limits.maxDepth} levels`, params: { limit: limits.maxDepth } };
  if (Array.isArray(value)) {
    if (value.length <= limits.maxItems) return undefined;
    return { path, code: 'maxItems', message: `must have at most ${limits.maxItems} items`, params: { limit: limits.maxItems } };
  }
  if (Object.keys(value).length <= limits.maxProperties) return undefined;
  return { path, code: 'maxProperties', message: `must have at most ${limits.maxProperties} members`, params: { limit: limits.maxProperties } };
}

/**
 * The first structural limit a parsed body breaks (as a diagnostic under `prefix`), or undefined. Iterative, and it
 * stops at the first breach: its cost is bounded by the limits, whatever the body.
 * @example checkBodyShape({ phones: new Array(5000).fill(1) }, '/body') // { path: '/body/phones', code: 'maxItems', … }
 */
export function checkBodyShape(body: unknown, prefix: string, limits: BodyLimits = BODY_LIMITS): Diagnostic | undefined {
  const pending: Pending[] = [{ value: body, path: prefix, depth: 0 }];
  let values = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (++values > limits.maxValues) {
      return { path: prefix, code: 'maxValues', message: `must have at most ${limits.maxValues} values in all`, params: { limit: limits.maxValues } };
    }
    const { value } = next;
    if (value === null || typeof value !== 'object') continue;
    const breach = containerDiagnostic(value, next, limits);
    if (breach) return breach;
    const depth = next.depth + 1;
    for (const [key, child] of Object.entries(value)) pending.push({ value: child, path: `${next.path}/${escape(key)}`, depth });
  }
  return undefined;
}
