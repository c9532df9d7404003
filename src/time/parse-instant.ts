const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 instant with its zone (`2026-06-01T12:00:00-03:00`, `2026-06-01T15:00Z`), or why it is not one: a
 * time without a zone would mean a different instant on every machine.
 * @example parseInstant('2026-06-01T12:00:00-03:00') // { ok: true, at: 2026-06-01T15:00:00.000Z }
 */
export function parseInstant(value: unknown): { ok: true; at: Date } | { ok: false; reason: string } {
  const text = typeof value === 'string' ? value.trim() : '';
  const at = new Date(text);
  if (!INSTANT.test(text) || Number.isNaN(at.getTime())) {
    return { ok: false, reason: `${JSON.stringify(value)} is not an ISO 8601 instant with a zone, such as 2026-06-01T12:00:00-03:00` };
  }
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0));
  if (check.getUTCMonth() !== (month ?? 1) - 1 || check.getUTCDate() !== day) return { ok: false, reason: `${text} names no calendar day` };
  return { ok: true, at };
}
