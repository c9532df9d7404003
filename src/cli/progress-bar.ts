/** Where a bar is drawn: a TTY stream (stderr). */
export type ProgressStream = { isTTY?: boolean; columns?: number; write: (text: string) => unknown };

/**
 * A one-line progress bar redrawn in place, or nothing when the stream is not a terminal.
 * @example const bar = progressBar(process.stderr, 'load-100k'); bar(500, 1000); bar(1000, 1000)
 */
export function progressBar(stream: ProgressStream, label: string): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  const started = performance.now();
  let last = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === last && done !== total) return;
    last = percent;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 40));
    const filled = Math.round((percent / 100) * width);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total} ${seconds}s`);
    if (done >= total) stream.write('\n');
  };
}
