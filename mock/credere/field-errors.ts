/** One Rails-style validation entry: `{error: 'too_long', count: 255}`. */
export type FieldError = { error: string; [extra: string]: unknown };

/** Field path (dotted, e.g. `phones.0.number`) → its errors. */
export type FieldErrors = Record<string, FieldError[]>;

/**
 * Adds one entry under `field`, once per error type.
 * @example addFieldError(errors, 'cpf', { error: 'taken', value: '529.982.247-25' })
 */
export function addFieldError(details: FieldErrors, field: string, entry: FieldError): void {
  const list = (details[field] ??= []);
  if (!list.some((existing) => existing.error === entry.error)) list.push(entry);
}

/** True when at least one field has an error. */
export function hasFieldErrors(details: FieldErrors): boolean {
  return Object.keys(details).length > 0;
}
