import { credereBrowse } from './credere-browse.js';
import { join } from 'node:path';
import { definePlugin } from '../../src/plugin/api-plugin.js';
import { packageRoot } from '../../src/package-root.js';
import { credereCli } from './credere-cli.js';
import { credereCollections } from './credere-collections.js';
import { type CredereConfig, defaultCredereConfig } from './credere-config.js';
import { credereMount } from './credere-mount.js';
import type { CredereSandbox } from './credere-sandbox.js';
import { credereScenarios } from './credere-scenarios.js';
import { credereTesting } from './credere-testing.js';
import { createCredereRuntime } from './create-credere-runtime.js';
import { credereOpenApi } from './credere-openapi.js';
import { credereDocs } from './credere-docs.js';
import { crederePersonalFields } from './recording/credere-personal-fields.js';
import { credereRecordedScenario } from './recording/credere-recorded-scenario.js';

const contractsDir = join(packageRoot, 'contracts', 'credere');

/**
 * Credere (vehicle financing): customers with nested records merged by id, per-bank required fields, domains,
 * banks and stores.
 * @example createMockServer({ plugins: [firstvision, credere] })
 */
export const credere = definePlugin<CredereConfig, CredereSandbox>({
  name: 'credere',
  title: 'Credere, customers',
  openApiTitle: 'Credere customers (clientela mock)',
  docs: credereDocs,
  browse: credereBrowse,
  openApi: credereOpenApi,
  mount: credereMount,
  contractsDir,
  defaultConfig: defaultCredereConfig,
  collections: credereCollections,
  create: (config) => createCredereRuntime(config, contractsDir),
  scenarios: credereScenarios,
  cli: credereCli,
  testing: credereTesting,
  recording: { personal: crederePersonalFields, scenario: credereRecordedScenario },
});
