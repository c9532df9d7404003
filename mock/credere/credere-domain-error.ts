import { DomainError } from '../../src/plugin/domain-error.js';
import type { FieldErrors } from './field-errors.js';

/** `detail` of a `not-found` error: the model and (when a lookup named one) its id. */
export type NotFoundDetail = { model: string; id?: number | string };

/** `detail` of an `invalid` error: the field errors, keyed by dotted path. */
export type InvalidDetail = { errors: FieldErrors };

/**
 * A record lookup found nothing (Rails' RecordNotFound).
 * @example throw notFound('Customer', 7)
 */
export function notFound(model: string, id?: number | string): DomainError {
  const detail: NotFoundDetail = id === undefined ? { model } : { model, id };
  return new DomainError('not-found', id === undefined ? `no ${model}` : `no ${model} ${id}`, detail);
}

/**
 * Fields broke rules (taken, inclusion, not_found, blank for a bank): Credere's 422 ModelValidationError.
 * @example throw invalidFields({ cpf: [{ error: 'taken', value: '529.982.247-25' }] })
 */
export function invalidFields(errors: FieldErrors): DomainError {
  const detail: InvalidDetail = { errors };
  return new DomainError('invalid', `invalid ${Object.keys(errors).join(', ')}`, detail);
}

/**
 * A parameter cannot be used (an unknown domain type): a 400 whose message is `message`.
 * @example throw badRequest('unknown domain type colour; known types: …')
 */
export function badRequest(message: string): DomainError {
  return new DomainError('bad-request', message);
}
