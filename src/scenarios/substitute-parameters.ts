import type { ScenarioParameter } from './scenario.js';

export type ParameterValue = string | number | boolean;

/** Placeholders filled per copy of a counted item rather than from the parameters. */
export const COPY_PLACEHOLDERS = new Set(['index']);

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const WHOLE = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

type Coerced = { value: ParameterValue } | { error: string };

/** `target[key] = value` as an own property, even for `__proto__` (which plain assignment would treat as the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function coerce(name: string, spec: ScenarioParameter, value: unknown): Coerced {
  const type = spec.type ?? (typeof spec.default === 'number' ? (Number.isInteger(spec.default) ? 'integer' : 'number') : typeof spec.default);
  if (type === 'string') return { value: String(value) };
  if (type === 'boolean') {
    if (typeof value === 'boolean') return { value };
    if (value === 'true' || value === 'false') return { value: value === 'true' };
    return { error: `parameter ${name} must be true or false, got ${JSON.stringify(value)}` };
  }
  const number = typeof value === 'number' ? value : Number(value);
  if (typeof value === 'boolean' || value === '' || !Number.isFinite(number) || (type === 'integer' && !Number.isInteger(number))) {
    return { error: `parameter ${name} must be ${type === 'integer' ? 'a whole number' : 'a number'}, got ${JSON.stringify(value)}` };
  }
  return { value: number };
}

/**
 * The value of every declared parameter: the given one (strings from the CLI are coerced to the declared type,
 * or the default's type), else the default. Unknown names and bad values are errors, returned, not thrown.
 * @example resolveParameters({ employees: { default: 50 } }, { employees: '10' }) // { ok: true, values: { employees: 10 } }
 */
export function resolveParameters(
  declared: Record<string, ScenarioParameter> = {},
  given: Record<string, unknown> = {},
): { ok: true; values: Record<string, ParameterValue> } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const values: Record<string, ParameterValue> = {};
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(declared, name)) errors.push(`unknown parameter ${name}; this scenario takes ${Object.keys(declared).join(', ') || 'none'}`);
  }
  for (const [name, spec] of Object.entries(declared)) {
    const coerced = coerce(name, spec, Object.hasOwn(given, name) ? given[name] : spec.default);
    if ('error' in coerced) errors.push(coerced.error);
    else setOwn(values, name, coerced.value);
  }
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

/**
 * A copy of `value` with `{name}` placeholders replaced; a string that is exactly one placeholder takes the
 * value's own type (so `count: "{employees}"` becomes a number). Names in `keep` are left as they are; any
 * other unknown name is reported in `unknown`.
 */
export function substitute(value: unknown, values: Record<string, ParameterValue>, unknown: Set<string> = new Set(), keep = COPY_PLACEHOLDERS): unknown {
  if (typeof value === 'string') {
    if (!value.includes('{')) return value;
    const whole = WHOLE.exec(value);
    if (whole && Object.hasOwn(values, whole[1] as string)) return values[whole[1] as string];
    return value.replace(PLACEHOLDER, (match, name: string) => {
      if (Object.hasOwn(values, name)) return String(values[name]);
      if (!keep.has(name)) unknown.add(name);
      return match;
    });
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, values, unknown, keep));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) setOwn(out, key, substitute(inner, values, unknown, keep));
    return out;
  }
  return value;
}
