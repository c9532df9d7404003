import { bankNamer } from './bank-namer.js';
import { at } from '../../src/plugin/scenario-steps.js';
import type { ScenarioRun } from '../../src/plugin/scenario-run.js';
import { stores } from './credere-collections.js';
import type { CredereSandbox } from './credere-sandbox.js';
import type { CredereStoreSpec } from './credere-scenario-spec.js';
import { describeCredereFailure } from './describe-credere-failure.js';
import { addStore, setIntegratedBanks } from './store-commands.js';

/**
 * Creates a store (its name faked), or (when it exists) sets the banks integrated with it.
 * @example await applyCredereStore(run, { id: 4, integratedBanks: ['341'] }, '/credere/stores/0')
 */
export async function applyCredereStore(run: ScenarioRun<CredereSandbox>, spec: CredereStoreSpec, pointer: string): Promise<void> {
  const { tx, sandbox } = run;
  await at(
    pointer,
    async () => {
      if (await tx.has(stores, String(spec.id))) await setIntegratedBanks(tx, sandbox, spec.id, spec.integratedBanks);
      else {
        const name = `${run.faker.company.name()} Veículos`;
        await addStore(tx, sandbox, { id: spec.id, name, display_name: name, integrated_bank_codes: spec.integratedBanks, ...spec.fields });
      }
    },
    describeCredereFailure(sandbox.labels, bankNamer(sandbox.data)),
  );
  run.count('stores');
}
