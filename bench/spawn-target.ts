import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export type Target = { url: string; child: ChildProcess; lines: string[]; startMs: number; rssMb: () => number; stop: () => Promise<void> };

export type SpawnOptions = {
  /** A line that says the target listens; its first group is the port. Default `READY <port>`. */
  readyPattern?: RegExp;
  /** For a target that prints no such line: its port (chosen by the caller) and a path to poll until it answers. */
  poll?: { port: number; path: string };
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
};

// Targets still running when the benchmark ends (or is interrupted) are stopped with it.
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

function kbOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) : 0;
  } catch {
    return 0; // a process that exited meanwhile
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/** The resident set of a process and all its descendants (`--workers`, a launcher's child), from /proc (Linux), in MB. */
function rssOf(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    let kb = 0;
    for (const queue = [pid]; queue.length > 0; ) {
      const next = queue.pop() as number;
      kb += kbOf(next);
      queue.push(...childrenOf(next));
    }
    return Math.round(kb / 1024);
  } catch {
    return Number.NaN;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a benchmark target in its own process (so load generation and the server do not share a core) and
 * waits until it listens: its `READY <port>` line (or `readyPattern`), or its port answering (`poll`).
 * Every line it prints is kept in `lines`; `startMs` is the time from spawn to listening.
 */
export async function spawnTarget(command: string, args: string[], options: SpawnOptions = {}): Promise<Target> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production', ...options.env } });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const lines: string[] = [];
  const ready = options.readyPattern ?? /READY (\d+)/;
  const port = await new Promise<string>((resolve, reject) => {
    let done = false;
    const finish = (error: Error | undefined, value = ''): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve(value);
    };
    const timer = setTimeout(() => finish(new Error(`did not start in ${options.timeoutMs ?? 120_000} ms: ${lines.slice(-3).join(' | ')}`)), options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(line);
        const match = options.poll ? null : ready.exec(line);
        if (match) finish(undefined, match[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => finish(error));
    child.once('exit', (code) => finish(new Error(`exited with ${code}: ${lines.slice(-3).join(' | ')}`)));
    const poll = options.poll;
    if (poll) {
      const tick = async (): Promise<void> => {
        while (!done) {
          if (await answers(`http://127.0.0.1:${poll.port}${poll.path}`)) return finish(undefined, String(poll.port));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };
      void tick();
    }
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    lines,
    startMs: Math.round(performance.now() - started),
    rssMb: () => rssOf(child.pid),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
