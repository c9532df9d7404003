import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PactV4 } from '@pact-foundation/pact';

/** Where the example consumer tests write their pacts (gitignored); CI verifies and pact-checks this folder. */
export const pactDir = join(import.meta.dirname, '..', '..', 'pacts');

/** The consumer name of the example pacts. */
export const consumerName = 'clientela-example-app';

/** A PactV4 for `provider`, writing `pacts/<consumer>-<provider>.json` afresh (no stale interactions merged in). */
export function consumerPact(provider: string): { pact: PactV4; file: string } {
  const file = join(pactDir, `${consumerName}-${provider}.json`);
  rmSync(file, { force: true });
  process.env.PACT_DO_NOT_TRACK = 'true';
  return { pact: new PactV4({ consumer: consumerName, provider, dir: pactDir, logLevel: 'error' }), file };
}
