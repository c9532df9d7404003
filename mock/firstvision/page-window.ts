/** Which slice of a list one page covers, and whether rows follow it. */
export type PageWindow = { start: number; end: number; more: boolean };

/**
 * The window of a scrolling request over a list of `total` rows: first page (function blank) from the top,
 * `N` the `size` rows after position `at`, `P` the `size` rows before it. `more` says whether rows follow the page.
 * @example pageWindow(25, 20, 'N', 19) // { start: 20, end: 25, more: false }
 */
export function pageWindow(total: number, size: number, functionCode: string, at = -1): PageWindow {
  const code = functionCode.trim();
  let start = 0;
  let end = Math.min(total, size);
  if (code === 'N') {
    start = Math.min(total, at + 1);
    end = Math.min(total, start + size);
  } else if (code === 'P') {
    end = Math.max(0, Math.min(total, at));
    start = Math.max(0, end - size);
  }
  return { start, end, more: end < total };
}
