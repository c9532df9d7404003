import type { ScenarioSupport } from '../../src/plugin/api-plugin.js';
import { forEachCopy } from '../../src/plugin/scenario-steps.js';
import { applyCredereCustomer } from './apply-credere-customer.js';
import { applyCredereStore } from './apply-credere-store.js';
import { credereProviderStates } from './credere-provider-states.js';
import type { CredereSandbox } from './credere-sandbox.js';
import { credereScenarioSchema } from './credere-scenario-schema.js';
import type { CredereScenarioPart } from './credere-scenario-spec.js';

/** What scenarios (and provider states) can ask of Credere: stores, then customers. Reports `credereIds` (CPF digits → id). */
export const credereScenarios: ScenarioSupport<CredereSandbox> = {
  schema: credereScenarioSchema,
  total: (part) => ((part as CredereScenarioPart | undefined)?.customers ?? []).reduce((n, item) => n + (item.count ?? 1), 0),
  apply: async (run, part, pointer) => {
    const credere = (part ?? {}) as CredereScenarioPart;
    for (const [i, spec] of (credere.stores ?? []).entries()) await applyCredereStore(run, spec, `${pointer}/stores/${i}`);
    await forEachCopy(credere.customers, `${pointer}/customers`, (spec, at) => applyCredereCustomer(run, spec, at));
  },
  counts: ['credereCustomers', 'stores'],
  results: () => ({ credereIds: {} }),
  stateResult: (results) => {
    const ids = Object.values((results.credereIds ?? {}) as Record<string, number>);
    return ids.length === 1 ? { id: ids[0] } : {};
  },
  providerStates: credereProviderStates,
};
