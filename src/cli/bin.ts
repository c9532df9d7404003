import type { CliIo } from './command.js';
import { runCli } from './run-cli.js';

const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  isTty: Boolean(process.stdout.isTTY),
};

process.exitCode = await runCli(process.argv.slice(2), io);
