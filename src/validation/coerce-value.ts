/** How a string is turned into the JSON type its schema declares. */
export type Coercion = 'integer' | 'number' | 'boolean';

/**
 * A string read as `to` when it is plainly one (`"84"`, `"-1.5"`, `"true"`); anything else is returned as is
 * for the schema to judge: `0x3CA`, `1e3` or ` 7` stay strings.
 * @example coerceValue('84', 'integer') // 84
 */
export function coerceValue(value: unknown, to: Coercion): unknown {
  if (typeof value !== 'string') return value;
  if (to === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  if (!(to === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(value)) return value;
  return Number(value);
}
