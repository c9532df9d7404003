/**
 * A FirstVision business rule refused a command. `code` is a VPL code of the calling operation's contract
 * catalogue; handlers render it with `vplError(compiled, code)`, scenario steps can report it as is.
 * @example throw new FirstVisionDomainError('VPL5SNA90S', 'customer 0000000000000000123 already exists')
 */
export class FirstVisionDomainError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'FirstVisionDomainError';
    this.code = code;
  }
}

/** Throws the domain error `code` unless `condition` holds (checks before any change). */
export function ensure(condition: unknown, code: string, message: string): asserts condition {
  if (!condition) throw new FirstVisionDomainError(code, message);
}
