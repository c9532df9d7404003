import type { SandboxEnv } from '../../src/plugin/api-plugin.js';
import type { StateReader, StateWriter } from '../../src/state/state-store.js';
import type { FirstVisionConfig } from './firstvision-config.js';
import type { Organizations } from './organizations.js';

/** FirstVision's part of a sandbox: the server's configuration and the organizations it knows. */
export type FirstVisionSandbox = { config: FirstVisionConfig; organizations: Organizations };

/** What FirstVision's rules work with: the transaction, the sandbox part and the sandbox env (clock, seed, faker). */
export type FirstVisionScope = { tx: StateWriter; sandbox: FirstVisionSandbox; env: SandboxEnv };

/** The same for reads only (inquiries, provider-state checks). */
export type FirstVisionReadScope = { tx: StateReader; sandbox: FirstVisionSandbox; env: SandboxEnv };

/** Today in ISO (yyyy-mm-dd), from the sandbox clock. */
export function today(env: SandboxEnv): string {
  return env.clock.isoDate();
}
