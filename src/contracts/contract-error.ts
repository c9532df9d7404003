/**
 * A contract that cannot be used: names the file, the JSON pointer inside it and what is wrong.
 * Start-up stops on it (the CLI prints `message` and exits non-zero).
 */
export class ContractError extends Error {
  readonly file: string;
  readonly pointer: string;
  readonly reason: string;

  constructor(file: string, pointer: string, reason: string) {
    super(`${file}${pointer ? `#${pointer}` : ''}: ${reason}`);
    this.name = 'ContractError';
    this.file = file;
    this.pointer = pointer;
    this.reason = reason;
  }
}
