import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'clientela.js');

/** A `clientela` process started from the sources: its base URL, everything it printed, and how to stop it. */
export type CliProcess = { url: string; output: () => string; stop: () => Promise<void> };

/** Starts `clientela …args` and resolves once it prints `listening on URL` (rejects on an early exit or after 45 s). */
export function startCli(args: string[]): Promise<CliProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, CLIENTELA_FROM_SOURCE: '1' } });
  let output = '';
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`clientela ${args[0]} did not start: ${output}`)), 45_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve({ url: found[1], output: () => output, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`clientela ${args[0]} exited with ${code}: ${output}`));
    });
  });
}

