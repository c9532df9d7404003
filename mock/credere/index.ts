/**
 * `clientela/credere`: the Credere plug-in, its typed client and the generated types.
 * @example import { createCredereClient } from 'clientela/credere'; await createCredereClient({ baseUrl, apiKey: 'k' }).call('GET', '/banks')
 */
export { credere } from './credere-plugin.js';
export { type CredereConfig, defaultCredereConfig } from './credere-config.js';
export { type CredereClient, type CredereClientOptions, createCredereClient } from './client/credere-client.js';
export type * from './client/credere-api.js';
