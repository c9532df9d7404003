/**
 * A business rule of an API refused a command. Rules throw it (or return it); only the API's renderer
 * (`ApiErrorRenderer.domain`) turns it into that API's envelope, and scenario steps report it as is.
 * `code` is the API's own (a catalogue code such as `VPL5SNA90S`, `not-found`, `invalid`); `detail` is data for the renderer.
 * @example throw new DomainError('VPL5SNA90S', 'customer 0000000000000000123 already exists')
 */
export class DomainError extends Error {
  readonly code: string;
  readonly detail: unknown;

  constructor(code: string, message: string, detail?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.detail = detail;
  }
}
