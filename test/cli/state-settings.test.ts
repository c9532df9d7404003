import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { CliError } from '../../src/cli/command.js';
import { serveSettings } from '../../src/cli/serve-settings.js';

const settingsOf = (values: Record<string, string | boolean | string[] | undefined>, env: NodeJS.ProcessEnv = {}) => serveSettings(builtInPlugins, values, env);

function refusal(run: () => unknown): { message: string; exitCode: number } {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
    throw error;
  }
  throw new Error('not refused');
}

describe('serve --state and --workers', () => {
  it('keeps the in-memory state and one worker by default', () => {
    const settings = settingsOf({});
    expect(settings.workers).toBe(1);
    expect(settings.mock.state).toBeUndefined();
  });

  it('takes --state over CLIENTELA_STATE, and --workers auto as the number of cores', () => {
    expect(settingsOf({}, { CLIENTELA_STATE: 'redis://127.0.0.1:6379/2' }).mock.state).toBe('redis://127.0.0.1:6379/2');
    expect(settingsOf({ state: 'redis://127.0.0.1:7000' }, { CLIENTELA_STATE: 'redis://127.0.0.1:6379/2' }).mock.state).toBe('redis://127.0.0.1:7000');
    expect(settingsOf({ state: 'redis://127.0.0.1:7000', workers: 'auto' }).workers).toBe(availableParallelism());
    expect(settingsOf({ workers: '3' }, { CLIENTELA_STATE: 'redis://localhost:6379' }).workers).toBe(3);
  });

  it.each<[Record<string, string>, string]>([
    [{ workers: '2' }, '--workers 2 needs --state redis://HOST:PORT (each worker would otherwise keep its own state)'],
    [{ state: 'http://127.0.0.1:6379' }, '--state must be redis://HOST:PORT[/DB], got "http://127.0.0.1:6379"'],
    [{ state: 'redis://127.0.0.1:6379/x' }, '--state must be redis://HOST:PORT[/DB], got "redis://127.0.0.1:6379/x"'],
    [{ state: 'redis://127.0.0.1:6379', 'data-file': 'x.json' }, '--data-file keeps the in-memory state; it cannot be combined with --state redis://…'],
    [{ state: 'redis://127.0.0.1:6379', workers: '0' }, '--workers must be a whole number from 1 to 256, got "0"'],
  ])('refuses %o with one line', (values, message) => {
    const refused = refusal(() => settingsOf(values));
    expect(refused.message).toBe(message);
    expect(refused.exitCode).toBe(values.workers === '0' ? 1 : 2);
  });
});
