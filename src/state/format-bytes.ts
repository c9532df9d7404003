const UNITS = { B: 1, KB: 2 ** 10, MB: 2 ** 20, GB: 2 ** 30, TB: 2 ** 40 } as const;

/**
 * A size as people write it (`512MB`, `1.5gb`, `2048`: bytes), in binary units (1 MB = 2^20 bytes); undefined when
 * it is not one.
 * @example parseBytes('512MB') // 536870912
 */
export function parseBytes(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? 'B').toUpperCase() as keyof typeof UNITS;
  return Math.round(Number(match[1]) * UNITS[unit]);
}

/**
 * A byte count for a message, in the largest binary unit that keeps it at 1 or more.
 * @example formatBytes(134217728) // '128 MB'
 */
export function formatBytes(bytes: number): string {
  const [unit, size] = (Object.entries(UNITS) as Array<[string, number]>).reverse().find(([, size]) => bytes >= size) ?? ['B', 1];
  const value = bytes / size;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
