import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from './command.js';

/**
 * Writes a report file (JUnit, JSON), creating its folder; a file that cannot be written is a CLI error.
 * @example writeReport('reports/verify.xml', xml)
 */
export function writeReport(file: string, text: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${(error as Error).message}`);
  }
}
