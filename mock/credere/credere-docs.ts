import type { DocsSupport } from '../../src/plugin/docs-support.js';
import type { CredereConfig } from './credere-config.js';

/** What `GET /__docs` pre-fills for Credere: the first configured access key, or any key when none is set. */
export const credereDocs: DocsSupport<CredereConfig> = (config) => ({ authorize: { bearer: config.tokens[0] ?? 'clientela-docs' } });
