import type { ApiResponse } from '../../src/plugin/api-plugin.js';
import { type BankNamer, codeOnly } from './bank-namer.js';
import type { FieldError, FieldErrors } from './field-errors.js';

/** Portuguese sentences for each error type, after the field's label (Rails pt-BR defaults). */
const SENTENCES: Record<string, (entry: FieldError, names: BankNamer) => string> = {
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
  unknown_bank: (entry, names) => `${listOf(codesOf(entry).map(names))} ${codesOf(entry).length === 1 ? 'não é um banco conhecido' : 'não são bancos conhecidos'}`,
  not_integrated: (entry, names) => `${listOf(codesOf(entry).map(names))} ${codesOf(entry).length === 1 ? 'não é integrado' : 'não são integrados'} à Credere`,
};

/** The hint that ends a 422 for fields some bank requires. */
export const NARROW_HINT = 'envie bank_validations.bank_codes ou bank_validations.store_id para validar só os bancos escolhidos';

function codesOf(entry: FieldError): string[] {
  return Array.isArray(entry.value) ? entry.value.map(String) : [String(entry.value)];
}

/** `a`, `a e b`, `a, b e c`. */
function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} e ${items.at(-1) ?? ''}`;
}

/** Rails words a missing record by its gender: "Loja não foi encontrada", "Cliente não foi encontrado". */
function notFound(label: string): string {
  return /a$/i.test(label.split(' ').at(-1) ?? '') ? 'não foi encontrada' : 'não foi encontrado';
}

/** A field's sentence, naming the banks that require it when the entry says so; an unknown key is named itself. */
function sentence(label: string, entry: FieldError, names: BankNamer): string {
  if (entry.error === 'unknown_attribute') {
    const where = typeof entry.model === 'string' ? `um atributo conhecido de ${entry.model}` : 'um parâmetro conhecido';
    return `"${String(entry.attribute)}" não é ${where}`;
  }
  const words = entry.error === 'not_found' ? notFound(label) : (SENTENCES[entry.error] ?? (() => 'não é válido'))(entry, names);
  const text = `${label} ${words}`;
  const banks = Array.isArray(entry.banks) ? entry.banks.map(String) : [];
  if (banks.length === 0) return text;
  return `${text} (exigido ${banks.length === 1 ? 'pelo banco' : 'pelos bancos'} ${listOf(banks.map(names))})`;
}

function humanize(field: string): string {
  const last = field.split('.').at(-1) ?? field;
  const words = last.replace(/_id$/, '').replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Credere's error body.
 * @example credereError(401, 'Unauthorized') // { status: 401, body: { error: { message: 'Unauthorized', status: 401 } } }
 */
export function credereError(status: number, message: string, extra: { class?: string; details?: FieldErrors } = {}): ApiResponse {
  return { status, body: { error: { ...(extra.class ? { class: extra.class } : {}), message, status, ...(extra.details ? { details: extra.details } : {}) } } };
}

/**
 * A 422 ModelValidationError whose message is the Portuguese full messages of every field, joined by ", ", banks
 * named by `names` (`Itaú (341)`); when some bank requires a field, it ends with the hint that narrows the check.
 * @example credereValidationError({ cpf: [{ error: 'taken' }] }, { cpf: 'CPF' }) // message "CPF já está em uso"
 */
export function credereValidationError(details: FieldErrors, labels: Record<string, string> = {}, names: BankNamer = codeOnly): ApiResponse {
  const sentences = Object.entries(details).flatMap(([field, entries]) => entries.map((entry) => sentence(labels[field] ?? humanize(field), entry, names)));
  const byBank = Object.values(details).some((entries) => entries.some((entry) => Array.isArray(entry.banks)));
  return credereError(422, `${sentences.join(', ')}${byBank ? `; ${NARROW_HINT}` : ''}`, { class: 'ModelValidationError', details });
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
