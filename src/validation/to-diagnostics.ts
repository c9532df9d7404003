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

/**
 * Turns Ajv errors into diagnostics under `prefix` (`/body`, `/query`, …). Where a value failed both
 * branches of an `anyOf`/`oneOf` and also a concrete rule, only the concrete rules are kept; duplicates go.
 */
export function toDiagnostics(prefix: string, errors: ErrorObject[] | null | undefined): Diagnostic[] {
  if (!errors?.length) return [];
  const concrete = new Set(errors.filter((e) => !['anyOf', 'oneOf', 'if'].includes(e.keyword)).map((e) => e.instancePath));
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of errors) {
    if (['anyOf', 'oneOf', 'if'].includes(error.keyword) && concrete.has(error.instancePath)) continue;
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
