import { type ChildProcess, spawn } from 'node:child_process';

export type Target = { url: string; child: ChildProcess; lines: string[]; stop: () => Promise<void> };

/**
 * Starts a benchmark target in its own process (so load generation and the server do not share a core) and
 * waits for its `READY <port>` line. Other lines it prints (e.g. `MEM …`) are kept in `lines`.
 */
export async function spawnTarget(command: string, args: string[], options: { readyPattern?: RegExp; timeoutMs?: number } = {}): Promise<Target> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
  const lines: string[] = [];
  const ready = options.readyPattern ?? /READY (\d+)/;
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} ${args.join(' ')} did not start: ${lines.slice(-5).join(' | ')}`)), options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(line);
        const match = ready.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] as string);
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}: ${lines.slice(-5).join(' | ')}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    lines,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
