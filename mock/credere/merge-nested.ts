import { formatCnpj } from '../../src/numbers/cnpj.js';
import { formatCpf, onlyDigits } from '../../src/numbers/cpf.js';
import { brDateToIso } from '../../src/numbers/dates.js';
import type { InputObject } from './customer-record.js';
import type { FieldKind, NestedKind, ObjectSpec } from './customer-spec.js';
import { addFieldError, type FieldErrors } from './field-errors.js';

/** A stored object of any nested type, as the merge sees it. */
export type Row = { id: number; created_at: number; updated_at: number; [field: string]: unknown };

export type MergeContext = {
  now: number;
  nextId: (kind: NestedKind) => number;
  /** Collections become exactly what was sent (objects sent with an id keep it) instead of being merged. */
  replaceCollections: boolean;
  errors: FieldErrors;
};

/** `a` + `b` as a dotted field path. */
export function joinPath(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function convert(kind: FieldKind, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (kind === 'date') return brDateToIso(value) ?? value;
  if (kind === 'cpf') return formatCpf(onlyDigits(value));
  if (kind === 'cnpj') return value === '' ? value : formatCnpj(onlyDigits(value));
  return value;
}

/**
 * Applies one request object to its stored version without touching it: known fields only (never the
 * request object itself, so no prototype key can get in), children merged recursively. Returns `base` itself
 * when nothing changed. An `id` that is not `base`'s is recorded as `<path>.id: not_found`.
 * With `root`, the object is the customer: its own `id` in the body is ignored.
 */
export function mergeObject(spec: ObjectSpec, base: Row | undefined, input: InputObject, path: string, context: MergeContext, root = false): Row | undefined {
  let row: Row;
  let out: Row | undefined;
  if (base && (root || input.id !== undefined)) {
    if (!root && base.id !== input.id) {
      addFieldError(context.errors, joinPath(path, 'id'), { error: 'not_found', value: input.id });
      return base;
    }
    row = base;
  } else if (!root && input.id !== undefined) {
    addFieldError(context.errors, joinPath(path, 'id'), { error: 'not_found', value: input.id });
    return base;
  } else {
    row = out = { id: context.nextId(spec.kind), created_at: context.now, updated_at: context.now };
  }
  const fresh = out !== undefined;
  // `null` clears a field (the record keeps unset fields absent, see CustomerRecord).
  const write = (key: string, value: unknown): void => {
    out ??= { ...row };
    if (value === null) delete out[key];
    else out[key] = value;
  };
  for (const [key, kind] of Object.entries(spec.fields)) {
    if (!Object.hasOwn(input, key)) continue;
    const value = convert(kind, input[key]);
    if (((out ?? row)[key] ?? null) !== value) write(key, value);
  }
  for (const child of spec.children) {
    if (!Object.hasOwn(input, child.key)) continue;
    const current = (out ?? row)[child.key];
    if (input[child.key] === null) {
      if (current !== undefined) write(child.key, null);
      continue;
    }
    const at = joinPath(path, child.key);
    const next = child.many
      ? mergeList(child.spec, current as Row[] | undefined, input[child.key] as InputObject[], at, context)
      : mergeObject(child.spec, current as Row | undefined, input[child.key] as InputObject, at, context);
    if (Array.isArray(next) && next.length === 0 && current === undefined) continue;
    if (next !== current) write(child.key, next);
  }
  if (out && !fresh) out.updated_at = context.now;
  return out ?? row;
}

/**
 * Applies a list of request objects to a stored collection: an item with one of the collection's ids updates
 * that object in place, one without an id is appended as a new object (the duplicate trap Credere warns about),
 * any other id is an error. Objects not sent are kept, unless `replaceCollections`.
 */
export function mergeList(spec: ObjectSpec, base: Row[] = [], items: InputObject[], path: string, context: MergeContext): Row[] {
  const replace = context.replaceCollections;
  const result = replace ? [] : base.slice();
  const positions = new Map<number, number>();
  if (!replace) base.forEach((row, index) => positions.set(row.id, index));
  let changed = replace && items.length !== base.length;
  items.forEach((item, index) => {
    const at = joinPath(path, index);
    const position = item.id === undefined ? undefined : positions.get(item.id);
    const current = position !== undefined ? result[position] : base.find((row) => row.id === item.id);
    const merged = mergeObject(spec, item.id === undefined ? undefined : current, item, at, context);
    if (!merged) return;
    if (position !== undefined) {
      changed ||= merged !== result[position];
      result[position] = merged;
      return;
    }
    if (item.id !== undefined) positions.set(item.id, result.length);
    changed ||= !replace || merged !== base[result.length];
    result.push(merged);
  });
  return changed ? result : base;
}
