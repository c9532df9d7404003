/** Where a command writes; tests pass their own. */
export type CliIo = { out: (line: string) => void; err: (line: string) => void; isTty: boolean };

/** One `clientela <name>` command, in a file of its own under `commands/`. */
export type Command = {
  name: string;
  summary: string;
  usage: string;
  /** Resolves to the process exit code. Long-running commands (serve) resolve when they stop. */
  run: (args: string[], io: CliIo) => Promise<number>;
};

/** A failure to report as one clear line and a non-zero exit. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
