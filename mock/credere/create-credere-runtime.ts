import type { ApiRuntime } from '../../src/plugin/api-plugin.js';
import { authenticateCredere } from './authenticate-credere.js';
import { bankNamer } from './bank-namer.js';
import { credereCountersOf } from './credere-counters-of.js';
import type { CredereConfig } from './credere-config.js';
import type { CredereSandbox } from './credere-sandbox.js';
import { customersHandlers } from './customers-handlers.js';
import { loadFieldLabels } from './field-labels.js';
import { loadCredereData } from './load-credere-data.js';
import { referenceHandlers } from './reference-handlers.js';
import { credereErrors } from './render-credere-error.js';
import { initializeStores } from './store-commands.js';

/**
 * The Credere API for one server. Reads the reference data and the contracts' labels now, so a bad
 * `--bank-requirements` file (or an unreadable defs.json) stops start-up instead of a request.
 * @example const runtime = createCredereRuntime(defaultCredereConfig, credere.contractsDir)
 */
export function createCredereRuntime(config: CredereConfig, contractsDir: string): ApiRuntime<CredereSandbox> {
  const data = loadCredereData(config.bankRequirementsFile);
  const labels = loadFieldLabels(contractsDir);
  return {
    handlers: { ...customersHandlers, ...referenceHandlers },
    errors: credereErrors(labels, bankNamer(data)),
    authenticate: authenticateCredere(config),
    sandbox: (env) => ({ data, labels, config, clock: env.clock, faker: env.faker }),
    initialize: (tx, sandbox) => initializeStores(tx, sandbox),
    countersOf: credereCountersOf,
  };
}
