import { availableParallelism } from 'node:os';
import { CliError } from './command.js';
import { intOption } from './parse-options.js';

/** What `--state` and `--workers` decide: where the state lives, and how many processes serve. */
export type StateSettings = { state: string | undefined; workers: number };

/**
 * Checks `--state` (a `redis://HOST:PORT[/DB]` URL; absent: in memory) and `--workers` (a count or `auto`, the
 * number of cores). More than one worker needs the Redis backend (each process would otherwise hold its own
 * state), and a data file belongs to the in-memory one: both are refused with exit code 2.
 * @example stateSettings('redis://127.0.0.1:6379/0', 'auto', undefined).workers // os.availableParallelism()
 */
export function stateSettings(given: string | undefined, workers: string | undefined, dataFile: string | undefined): StateSettings {
  const state = given === '' ? undefined : given;
  if (state !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(state);
    } catch {
      url = undefined;
    }
    const db = url?.pathname.replace(/^\//, '') ?? '';
    if (!url || !['redis:', 'rediss:'].includes(url.protocol) || !url.hostname || !/^\d*$/.test(db)) {
      throw new CliError(`--state must be redis://HOST:PORT[/DB], got "${state}"`, 2);
    }
    if (dataFile) throw new CliError('--data-file keeps the in-memory state; it cannot be combined with --state redis://…', 2);
  }
  const count = workers === 'auto' ? availableParallelism() : intOption(workers, 'workers', 1, { min: 1, max: 256 });
  if (count > 1 && state === undefined) {
    throw new CliError(`--workers ${count} needs --state redis://HOST:PORT (each worker would otherwise keep its own state)`, 2);
  }
  return { state, workers: count };
}
