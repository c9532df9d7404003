import type { ApiModule } from '../api-module.js';
import { authenticateCredere } from './authenticate-credere.js';
import type { CredereConfig } from './credere-config.js';
import { credereErrors } from './render-credere-error.js';

/** The Credere API: its handlers, error format and authentication. */
export function createCredereModule(config: CredereConfig): ApiModule {
  return { api: 'credere', handlers: {}, errors: credereErrors, authenticate: authenticateCredere(config) };
}
