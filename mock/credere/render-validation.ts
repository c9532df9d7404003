import type { ApiResponse } from '../../src/plugin/api-plugin.js';
import type { CompiledContract } from '../../src/validation/compile-contract.js';
import type { Diagnostic } from '../../src/validation/diagnostic.js';
import { credereBadRequest, credereNotFound, credereValidationError } from './credere-error-body.js';
import type { BankNamer } from './bank-namer.js';
import { addFieldError, type FieldError, type FieldErrors } from './field-errors.js';
import { type FieldLabels, labelsFor } from './field-labels.js';

/** `/body/customer/phones/0/number` → `phones.0.number`; `/query/page` → `page`. */
export function fieldPath(pointer: string): string {
  const parts = pointer.split('/').filter(Boolean);
  const rest = parts[0] === 'body' && parts[1] === 'customer' && parts.length > 2 ? parts.slice(2) : parts.slice(1);
  return rest.join('.') || 'customer';
}

function fieldError(diagnostic: Diagnostic): FieldError {
  const params = diagnostic.params ?? {};
  switch (diagnostic.code) {
    case 'required':
      return { error: 'blank' };
    case 'maxLength':
      return { error: 'too_long', count: params.limit };
    case 'minLength':
      return Number(params.limit) <= 1 ? { error: 'blank' } : { error: 'too_short', count: params.limit };
    case 'minimum':
      return { error: 'greater_than_or_equal_to', count: params.limit };
    case 'maximum':
      return { error: 'less_than_or_equal_to', count: params.limit };
    case 'enum':
    case 'const':
      return { error: 'inclusion' };
    case 'tooManyErrors':
      return { error: 'too_many_errors', count: params.total, listed: params.listed };
    default:
      return { error: 'invalid' };
  }
}

/**
 * An unknown key, named: `customer.foo` (of the customer itself, as against a top-level `foo`), `phones.0.foo`
 * nested; its entry says which key and of what (`model`, the title of the object; none at the top level).
 */
function unknownKey(diagnostic: Diagnostic): { field: string; entry: FieldError } {
  const parts = diagnostic.path.split('/').filter(Boolean);
  const attribute = (parts.at(-1) ?? '').replaceAll('~1', '/').replaceAll('~0', '~');
  const parent = parts.slice(0, -1).join('/');
  const field = parent === 'body' ? attribute : parent === 'body/customer' ? `customer.${attribute}` : fieldPath(diagnostic.path);
  return { field, entry: { error: 'unknown_attribute', attribute, ...(parent !== 'body' && diagnostic.title ? { model: diagnostic.title } : {}) } };
}

/** Turns contract diagnostics into Rails-style details keyed by dotted field path. */
export function detailsOf(diagnostics: Diagnostic[]): { details: FieldErrors; labels: Record<string, string> } {
  const details: FieldErrors = {};
  const labels: Record<string, string> = {};
  for (const diagnostic of diagnostics) {
    if (diagnostic.code === 'additionalProperties' || diagnostic.code === 'unevaluatedProperties') {
      const { field, entry } = unknownKey(diagnostic);
      addFieldError(details, field, entry);
      continue;
    }
    // The total of a capped list goes under `base`, as Rails puts errors of the whole record.
    const field = diagnostic.code === 'tooManyErrors' ? 'base' : fieldPath(diagnostic.path);
    addFieldError(details, field, fieldError(diagnostic));
    if (diagnostic.title) labels[field] = diagnostic.title;
  }
  return { details, labels };
}

/** A query or header parameter's problem in Portuguese, never a regular expression: `cpf_cnpj não está no formato esperado (…)`. */
function parameterReason(diagnostic: Diagnostic): string {
  const name = diagnostic.path.split('/').slice(2).join('.');
  const params = diagnostic.params ?? {};
  const expected = diagnostic.title ? `: deve ser ${diagnostic.title}` : '';
  switch (diagnostic.code) {
    case 'required':
      return `${name} não pode ficar em branco`;
    case 'pattern':
    case 'format':
      return `${name} não está no formato esperado${expected}`;
    case 'enum':
      return `${name} não está incluído na lista (${(params.allowedValues as unknown[] | undefined)?.join(', ') ?? ''})`;
    case 'minimum':
      return `${name} deve ser maior ou igual a ${String(params.limit)}`;
    case 'maximum':
      return `${name} deve ser menor ou igual a ${String(params.limit)}`;
    default:
      return `${name} não é válido${expected}`;
  }
}

/** `/customers/{id}` → `Customer`, `/stores/{id}/…` → `Store`: the model a path parameter names. */
function modelOf(compiled: CompiledContract): string {
  const resource = compiled.contract.path.split('/')[1] ?? 'record';
  const singular = resource.replace(/s$/, '');
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}

/**
 * Where a request fails decides the answer, as in Rails: a bad path id finds no record (404), a bad query
 * parameter or header is a 400 worded in Portuguese, a body without `customer` is a 400 ParameterMissing, any other body problem
 * is a 422 ModelValidationError labelled from `table`.
 * @example renderValidation(labels)(compiled, diagnostics).status // 422
 */
export function renderValidation(table: FieldLabels, names?: BankNamer): (compiled: CompiledContract, diagnostics: Diagnostic[]) => ApiResponse {
  return (compiled, diagnostics) => {
    if (diagnostics.some((d) => d.path.startsWith('/params/'))) return credereNotFound(modelOf(compiled));
    const parameters = diagnostics.filter((d) => d.path.startsWith('/query/') || d.path.startsWith('/headers/'));
    if (parameters.length > 0) {
      return credereBadRequest(`Parâmetro inválido: ${parameters.map(parameterReason).join('; ')}`);
    }
    const root = diagnostics.find((d) => d.path === '/body' || (d.path === '/body/customer' && d.code === 'required'));
    if (root) return credereBadRequest('param is missing or the value is empty: customer', 'ParameterMissing');
    const { details, labels } = detailsOf(diagnostics);
    // Portuguese labels for every path (also nested ones without a `title` of their own), e.g. "Telefones - Número".
    return credereValidationError(details, { ...labels, ...labelsFor(table, details) }, names);
  };
}
