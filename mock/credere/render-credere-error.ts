import type { CompiledContract } from '../../src/validation/compile-contract.js';
import type { Diagnostic } from '../../src/validation/diagnostic.js';
import type { ApiErrorRenderer, ApiResponse } from '../api-module.js';
import { labelsFor } from './customer-labels.js';

/** One Rails-style validation entry: `{error: 'too_long', count: 255}`. */
export type FieldError = { error: string; [extra: string]: unknown };
/** Field path (dotted, e.g. `phones.0.number`) → its errors. */
export type FieldErrors = Record<string, FieldError[]>;

/** Portuguese sentences for each error type, after the field's label (Rails pt-BR defaults). */
const SENTENCES: Record<string, (entry: FieldError) => string> = {
  blank: () => 'não pode ficar em branco',
  invalid: () => 'não é válido',
  inclusion: () => 'não está incluído na lista',
  taken: () => 'já está em uso',
  too_long: (entry) => `é muito longo (máximo: ${String(entry.count)} caracteres)`,
  too_short: (entry) => `é muito curto (mínimo: ${String(entry.count)} caracteres)`,
  not_a_number: () => 'não é um número',
  greater_than_or_equal_to: (entry) => `deve ser maior ou igual a ${String(entry.count)}`,
  less_than_or_equal_to: (entry) => `deve ser menor ou igual a ${String(entry.count)}`,
  not_found: () => 'não foi encontrado',
  required_by_bank: (entry) => `é obrigatório para o banco ${String(entry.bank)}`,
  unknown_attribute: () => 'não é um atributo conhecido',
};

/** Adds one entry under `field`, once per error type. */
export function addFieldError(details: FieldErrors, field: string, entry: FieldError): void {
  const list = (details[field] ??= []);
  if (!list.some((existing) => existing.error === entry.error)) list.push(entry);
}

/** A field's sentence, naming the banks that require it when the entry says so. */
function sentence(label: string, entry: FieldError): string {
  const text = `${label} ${(SENTENCES[entry.error] ?? (() => 'não é válido'))(entry)}`;
  const banks = Array.isArray(entry.banks) ? entry.banks.map(String) : [];
  if (banks.length === 0) return text;
  return `${text} (exigido ${banks.length === 1 ? 'pelo banco' : 'pelos bancos'} ${banks.join(', ')})`;
}

/** Credere's error body. */
export function credereError(status: number, message: string, extra: { class?: string; details?: FieldErrors } = {}): ApiResponse {
  return { status, body: { error: { ...(extra.class ? { class: extra.class } : {}), message, status, ...(extra.details ? { details: extra.details } : {}) } } };
}

/**
 * A 422 ModelValidationError whose message is the Portuguese full messages of every field, joined by ", ".
 * @example credereValidationError({ cpf: [{ error: 'taken' }] }, { cpf: 'CPF' }) // message "CPF já está em uso"
 */
export function credereValidationError(details: FieldErrors, labels: Record<string, string> = {}): ApiResponse {
  const sentences = Object.entries(details).flatMap(([field, entries]) => entries.map((entry) => sentence(labels[field] ?? humanize(field), entry)));
  return credereError(422, sentences.join(', '), { class: 'ModelValidationError', details });
}

function humanize(field: string): string {
  const last = field.split('.').at(-1) ?? field;
  const words = last.replace(/_id$/, '').replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

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
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return { error: 'unknown_attribute' };
    default:
      return { error: 'invalid' };
  }
}

/** Turns contract diagnostics into Rails-style details keyed by dotted field path. */
export function detailsOf(diagnostics: Diagnostic[]): { details: FieldErrors; labels: Record<string, string> } {
  const details: FieldErrors = {};
  const labels: Record<string, string> = {};
  for (const diagnostic of diagnostics) {
    const field = fieldPath(diagnostic.path);
    const entry = fieldError(diagnostic);
    addFieldError(details, field, entry);
    if (diagnostic.title) labels[field] = diagnostic.title;
  }
  return { details, labels };
}

/**
 * Rails' 404 for a record lookup.
 * @example credereNotFound('Customer', 7) // message "Couldn't find Customer with 'id'=7"
 */
export function credereNotFound(model: string, id?: number | string): ApiResponse {
  const message = id === undefined ? `Couldn't find ${model}` : `Couldn't find ${model} with 'id'=${id}`;
  return credereError(404, message, { class: 'ActiveRecord::RecordNotFound' });
}

/** A 400 for a missing or unusable parameter (`ActionController::ParameterMissing` or `BadRequest`). */
export function credereBadRequest(message: string, kind: 'ParameterMissing' | 'BadRequest' = 'BadRequest'): ApiResponse {
  return credereError(400, message, { class: `ActionController::${kind}` });
}

/** `/customers/{id}` → `Customer`, `/stores/{id}/…` → `Store`: the model a path parameter names. */
function modelOf(compiled: CompiledContract): string {
  const resource = compiled.contract.path.split('/')[1] ?? 'record';
  const singular = resource.replace(/s$/, '');
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}

/**
 * Where a request fails decides the answer, as in Rails: a bad path id finds no record (404), a bad query
 * parameter or header is a 400, a body without `customer` is a 400 ParameterMissing, any other body problem
 * is a 422 ModelValidationError.
 */
function renderValidation(compiled: CompiledContract, diagnostics: Diagnostic[]): ApiResponse {
  if (diagnostics.some((d) => d.path.startsWith('/params/'))) return credereNotFound(modelOf(compiled));
  const parameters = diagnostics.filter((d) => d.path.startsWith('/query/') || d.path.startsWith('/headers/'));
  if (parameters.length > 0) {
    const reasons = parameters.map((d) => `${d.path.split('/').slice(2).join('.')} ${d.message}`);
    return credereBadRequest(`param is invalid: ${reasons.join('; ')}`);
  }
  const root = diagnostics.find((d) => d.path === '/body' || (d.path === '/body/customer' && d.code === 'required'));
  if (root) return credereBadRequest('param is missing or the value is empty: customer', 'ParameterMissing');
  const { details, labels } = detailsOf(diagnostics);
  // Portuguese labels for every path (also nested ones without a `title` of their own), e.g. "Telefones - Número".
  return credereValidationError(details, { ...labels, ...labelsFor(details) });
}

/** Credere's renderer for the errors the shared pipeline finds. */
export const credereErrors: ApiErrorRenderer = {
  validation: renderValidation,
  malformed: (status, reason) => {
    const kind = status === 400 ? 'ActionDispatch::Http::Parameters::ParseError' : status === 413 ? 'PayloadTooLarge' : 'UnsupportedMediaType';
    return credereError(status, reason, { class: kind });
  },
  failure: (status, reason) => credereError(status, status === 503 ? `Service Unavailable: ${reason}` : `Internal Server Error: ${reason}`),
  // Credere's contracts carry no error catalogue: its error bodies come from their examples or their schema.
  catalogued: () => undefined,
};
