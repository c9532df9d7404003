import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContractError } from '../contracts/contract-error.js';
import { packageRoot } from '../package-root.js';
import { type CliIo, type Command, CliError } from './command.js';
import { checkCommand } from './commands/check.js';
import { contractsCommand } from './commands/contracts.js';
import { pactCheckCommand } from './commands/pact-check.js';
import { scenariosCommand } from './commands/scenarios.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';
import { verifyCommand } from './commands/verify.js';
import { proxyCommand } from './commands/proxy.js';

const commands: Command[] = [serveCommand, contractsCommand, pactCheckCommand, verifyCommand, checkCommand, proxyCommand, seedCommand, scenariosCommand];

function help(io: CliIo): void {
  io.out('usage: clientela <command> [options]\n\ncommands:');
  for (const command of commands) io.out(`  ${command.name.padEnd(12)} ${command.summary}`);
  io.out('\nclientela <command> --help shows its options; clientela --version its version');
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`clientela ${version()}`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? 0 : 1;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`clientela: unknown command "${name}"`);
    help(io);
    return 1;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`clientela ${name}: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof ContractError) {
      io.err(`clientela ${name}: broken contract ${error.message}`);
      return 2;
    }
    // Anything else is unexpected: still one clear line (the stack only with CLIENTELA_DEBUG=1).
    io.err(`clientela ${name}: ${(error as Error).message ?? String(error)}`);
    if (process.env.CLIENTELA_DEBUG === '1') io.err((error as Error).stack ?? '');
    return 1;
  }
}
