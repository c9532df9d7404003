import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import { definePlugin } from '../../src/plugin/api-plugin.js';
import { firstVisionCli } from './cli/firstvision-cli.js';
import { createFirstVisionRuntime } from './create-firstvision-runtime.js';
import { firstVisionCollections } from './domain/firstvision-collections.js';
import { defaultFirstVisionConfig, type FirstVisionConfig } from './firstvision-config.js';
import { FIRSTVISION_MOUNT } from './firstvision-mount.js';
import type { FirstVisionSandbox } from './firstvision-sandbox.js';
import { applyFirstVision, firstVisionTotal } from './scenarios/apply-firstvision.js';
import { firstVisionProviderStates } from './scenarios/firstvision-provider-states.js';
import { firstVisionScenarioSchema } from './scenarios/firstvision-scenario-schema.js';
import { firstVisionCheckCredentials, firstVisionVerifyCredentials } from './testing/firstvision-credentials.js';
import { firstVisionDriftSender } from './testing/firstvision-drift-sender.js';
import { firstVisionReplayAuth } from './testing/firstvision-replay-auth.js';
import { firstVisionOpenApi } from './firstvision-openapi.js';
import { firstVisionDocs } from './firstvision-docs.js';
import { firstVisionPersonalFields } from './recording/firstvision-personal-fields.js';
import { firstVisionRecordedScenario } from './recording/firstvision-recorded-scenario.js';
import { firstVisionBrowse } from './browse/firstvision-browse.js';

const contractsDir = join(packageRoot, 'contracts', 'firstvision');

/** Drift order: what creates the customer, relationship, account and card the later probes read runs first. */
const FLOW_ORDER = ['token', 'numberGeneration', 'customerAdd', 'relationshipAdd', 'accountAdd', 'embosserAdd'] as const;

/**
 * FirstVision LATAM (Fiserv) "Gestão de Clientes": customers, relationships, accounts, cards and number
 * generation, with its OAuth token, optional HMAC signatures and VPL error codes.
 * @example createMockServer({ plugins: [firstVision, credere] })
 */
export const firstVision = definePlugin<FirstVisionConfig, FirstVisionSandbox>({
  name: 'firstvision',
  title: 'FirstVision LATAM (Fiserv), "Gestão de Clientes"',
  openApiTitle: 'FirstVision LATAM customers (clientela mock)',
  docs: firstVisionDocs,
  browse: firstVisionBrowse,
  openApi: firstVisionOpenApi,
  mount: FIRSTVISION_MOUNT,
  contractsDir,
  handlersDir: join(packageRoot, 'mock', 'firstvision', 'handlers'),
  defaultConfig: defaultFirstVisionConfig,
  collections: firstVisionCollections,
  create: (config) => createFirstVisionRuntime(config, contractsDir),
  scenarios: {
    schema: firstVisionScenarioSchema,
    total: firstVisionTotal,
    apply: applyFirstVision,
    counts: ['customers', 'relationships', 'accounts', 'cards', 'priorAddresses', 'reservations'],
    results: () => ({ reserved: {} }),
    stateResult: (results) => (Object.keys((results.reserved as Record<string, unknown> | undefined) ?? {}).length ? { reserved: results.reserved } : {}),
    providerStates: firstVisionProviderStates,
  },
  cli: firstVisionCli,
  testing: {
    check: firstVisionCheckCredentials,
    verify: firstVisionVerifyCredentials,
    driftSender: firstVisionDriftSender,
    flowOrder: FLOW_ORDER,
    harmlessWrites: ['token'],
    replayAuth: firstVisionReplayAuth,
  },
  recording: { personal: firstVisionPersonalFields, scenario: firstVisionRecordedScenario },
});
