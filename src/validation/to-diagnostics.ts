import type { ErrorObject } from 'ajv';
import { customFormats } from './formats.js';
import type { Diagnostic } from './diagnostic.js';

type SchemaNode = { title?: unknown; properties?: Record<string, { title?: unknown }> };

function messageOf(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not allowed here';
    case 'type':
      return `must be ${String(p.type).replaceAll(',', ' or ')}`;
    case 'format': {
      const format = String(p.format);
      return `must be ${customFormats[format]?.describes ?? `a valid ${format}`}`;
    }
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters`;
    case 'minLength':
      return `must be at least ${String(p.limit)} characters`;
    case 'pattern':
      return `must match ${String(p.pattern)}`;
    case 'enum':
      return `must be one of ${JSON.stringify(p.allowedValues)}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    default:
      return error.message ?? 'is invalid';
  }
}

function pathOf(prefix: string, error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  const extra = p.missingProperty ?? p.additionalProperty ?? p.unevaluatedProperty;
  const escaped = extra === undefined ? '' : `/${String(extra).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return `${prefix}${error.instancePath}${escaped}`;
}

function titleOf(error: ErrorObject): string | undefined {
  const parent = error.parentSchema as SchemaNode | undefined;
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  const title = missing ? parent?.properties?.[missing]?.title : parent?.title;
  return typeof title === 'string' ? title : undefined;
}

const COMBINERS = ['anyOf', 'oneOf', 'if'];
/** Errors that only say a value is not of a branch's kind (`must be null`, `must be ""`). */
const KIND = ['type', 'const', 'enum'];

function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

const isNullType = (e: ErrorObject) => e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null';

/**
 * The errors worth telling where a value failed every branch of an `anyOf`/`oneOf`: a branch that got past the
 * value's kind (a CNPJ with a wrong check digit, a field inside an object) speaks for it, and the branches it
 * is plainly not of (`null`, `""`) are dropped; the combiner itself is kept only when nothing else is left.
 */
function telling(errors: ErrorObject[]): ErrorObject[] {
  const combined = new Set(errors.filter((e) => COMBINERS.includes(e.keyword)).map((e) => e.instancePath));
  if (combined.size === 0) return errors;
  const rules = errors.filter((e) => !COMBINERS.includes(e.keyword));
  const pastKind = (path: string) => rules.some((e) => within(e.instancePath, path) && (e.instancePath !== path || !KIND.includes(e.keyword)));
  const kept = rules.filter((e) => {
    if (!KIND.includes(e.keyword) || !combined.has(e.instancePath)) return true;
    if (pastKind(e.instancePath)) return false;
    const others = rules.filter((o) => o !== e && o.instancePath === e.instancePath);
    if (isNullType(e)) return others.length === 0;
    return e.keyword === 'type' || !others.some((o) => o.keyword === 'type' && !isNullType(o));
  });
  return errors.filter((e) => (COMBINERS.includes(e.keyword) ? !kept.some((k) => within(k.instancePath, e.instancePath)) : kept.includes(e)));
}

/**
 * Turns Ajv errors into diagnostics under `prefix` (`/body`, `/query`, …). Where a value failed every branch
 * of an `anyOf`/`oneOf`, only the telling errors are kept (see `telling`); duplicates go.
 */
export function toDiagnostics(prefix: string, errors: ErrorObject[] | null | undefined): Diagnostic[] {
  if (!errors?.length) return [];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of telling(errors)) {
    const path = pathOf(prefix, error);
    const key = `${path} ${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const title = titleOf(error);
    diagnostics.push({
      path,
      code: error.keyword,
      message: messageOf(error),
      params: error.params as Record<string, unknown>,
      ...(title ? { title } : {}),
    });
  }
  return diagnostics;
}
