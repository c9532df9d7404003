import { DomainError } from '../../../src/plugin/domain-error.js';

/**
 * Throws the domain error `code` (a VPL code of the calling operation's catalogue) unless `condition` holds.
 * @example ensure(customer, 'VPL5SGC04S', `customer ${number} not found`)
 */
export function ensure(condition: unknown, code: string, message: string): asserts condition {
  if (!condition) throw new DomainError(code, message);
}

/** Throws the domain error `code`: a rule checked in a handler. */
export function refuse(code: string, message: string): never {
  throw new DomainError(code, message);
}
