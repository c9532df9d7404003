import type { ApiModule } from '../api-module.js';
import { authenticateCredere } from './authenticate-credere.js';
import type { CredereConfig } from './credere-config.js';
import { customersHandlers } from './customers-handlers.js';
import { loadCredereData } from './load-credere-data.js';
import { referenceHandlers } from './reference-handlers.js';
import { credereErrors } from './render-credere-error.js';

/** The Credere API: its handlers, error format and authentication. Reads the reference data now, so a bad `--bank-requirements` file stops start-up. */
export function createCredereModule(config: CredereConfig): ApiModule {
  loadCredereData(config.bankRequirementsFile);
  return { api: 'credere', handlers: { ...customersHandlers, ...referenceHandlers }, errors: credereErrors, authenticate: authenticateCredere(config) };
}
