import type { CliIo } from './command.js';

/**
 * On SIGINT or SIGTERM, cleans up (a run's sandbox, a mock it started) before exiting 130; answers the function
 * that uninstalls the handlers. Only `src/cli/` exits the process.
 * @example const stop = onInterrupt(io, 'clientela verify', () => sandbox.remove()); try { … } finally { stop() }
 */
export function onInterrupt(io: CliIo, command: string, cleanUp: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    io.err(`${command}: ${signal}, cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

