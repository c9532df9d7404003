import type { StateWriter } from '../../../src/state/state-store.js';
import { generatePan, nineteenDigitNumber } from '../number-generator.js';
import type { Logo } from '../organizations.js';
import { isTaken } from './number-conflict.js';

async function nextFree(tx: StateWriter, counter: string, make: (sequence: number) => string): Promise<string> {
  let sequence = await tx.counter(counter);
  let number: string;
  do number = make(++sequence);
  while (await isTaken(tx, number));
  await tx.setCounter(counter, sequence);
  return number;
}

/** The next free 19-digit number of an org and logo (its sequence is a state counter). Call only after all checks. */
export function allocateNumber(tx: StateWriter, org: number, logo: number): Promise<string> {
  return nextFree(tx, `firstvision.numbers.${org}.${logo}`, (sequence) => nineteenDigitNumber(org, logo, sequence));
}

/** The next free PAN of a logo (its BIN and card length). Call only after all checks. */
export function allocatePan(tx: StateWriter, org: number, logo: Logo): Promise<string> {
  return nextFree(tx, `firstvision.pans.${org}.${logo.number}`, (sequence) => generatePan(logo.bin, logo.cardLength, sequence));
}
