import type { CliIo } from './command.js';

/**
 * On SIGINT or SIGTERM, cleans up (a run's sandbox, a mock it started), then dies of the same signal (a shell sees
 * 130 for SIGINT); answers the function that uninstalls the handlers. Only `src/cli/` ends the process.
 * @example const stop = onInterrupt(io, 'clientela verify', () => sandbox.remove()); try { … } finally { stop() }
 */
export function onInterrupt(io: CliIo, command: string, cleanUp: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    io.err(`${command}: ${signal}, cleaning up`);
    // Re-raised rather than process.exit(): exit waits for native threads (the Pact verifier's may sit a minute in
    // a request), the signal's default action does not.
    void cleanUp().finally(() => {
      uninstall();
      process.kill(process.pid, signal);
    });
  };
  const uninstall = (): void => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return uninstall;
}

