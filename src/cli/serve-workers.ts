import cluster, { type Worker } from 'node:cluster';
import type { CliIo } from './command.js';

/** Where the first worker listens, as a base URL. */
function baseOf(address: { address: string | null; port: number; addressType: number | string }): string {
  const host = address.address ?? '127.0.0.1';
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/**
 * The primary of `serve --workers N`: forks N processes running the same command (node:cluster shares one port
 * between them), prints the banner once all listen, and on SIGINT/SIGTERM stops them. A worker that exits later
 * is replaced; one that fails at start-up (its error is on stderr) stops the others and the command (exit 1).
 * @example process.exitCode = await runWorkers(2, io, (base) => printBanner(io, base, settings, apis))
 */
export function runWorkers(count: number, io: CliIo, banner: (base: string) => void): Promise<number> {
  return new Promise<number>((resolve) => {
    let listening = 0;
    let stopping = false;
    const workers = new Set<Worker>();
    const stop = (code: number): void => {
      if (stopping) return;
      stopping = true;
      if (workers.size === 0) return resolve(code);
      for (const worker of workers) worker.process.kill('SIGTERM');
      cluster.on('exit', () => workers.size === 0 && resolve(code));
    };
    const fork = (): void => void workers.add(cluster.fork());
    cluster.on('listening', (_worker, address) => {
      if (++listening === count) {
        banner(baseOf(address));
        io.out(`  ${'Workers'.padEnd(11)}  ${count} processes on one port (pids ${[...workers].map((w) => w.process.pid).join(', ')})`);
      }
    });
    cluster.on('exit', (worker, code, signal) => {
      workers.delete(worker);
      if (stopping) return;
      if (listening < count) {
        io.err(`clientela serve: worker ${worker.process.pid} failed at start-up (${signal ?? `exit ${code}`})`);
        return stop(1);
      }
      io.err(`clientela serve: worker ${worker.process.pid} exited (${signal ?? `exit ${code}`}); starting another`);
      fork();
    });
    process.once('SIGINT', () => stop(0));
    process.once('SIGTERM', () => stop(0));
    for (let i = 0; i < count; i++) fork();
  });
}
