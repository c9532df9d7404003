import type { ProviderStateDefinition, ProviderStatePlan } from '../../src/scenarios/provider-state-definition.js';
import { paramReader, type ParamReader, type ProviderStateParams } from '../../src/scenarios/provider-state-params.js';
import type { CredereSandbox } from './credere-sandbox.js';
import type { CredereScenarioPart } from './credere-scenario-spec.js';
import { findByDocument } from './customer-commands.js';

type Plan = ProviderStatePlan<CredereSandbox>;

/** A plan built from read parameters, or only the reasons some could not be read. */
function reading(build: (read: ParamReader) => Plan): (params: ProviderStateParams) => Plan {
  return (params) => {
    const read = paramReader(params);
    const plan = build(read);
    return read.errors.length ? { errors: read.errors } : plan;
  };
}

function entities(part: CredereScenarioPart): Plan {
  return { entities: { credere: part } };
}

/** The Credere provider states every consumer may rely on (the README lists them). */
export const credereProviderStates: ProviderStateDefinition<CredereSandbox>[] = [
  {
    pattern: 'a Credere customer with CPF {cpf} exists',
    description: 'A Credere customer with this CPF (reused when it exists), complete for every integrated bank so that any update of it passes the bank check; the result carries its id.',
    setup: reading((read) => entities({ customers: [{ customer: { cpf: read.cpf('cpf') }, completeFor: ['*'], ifExists: 'reuse' }] })),
  },
  {
    pattern: 'no Credere customer with CPF {cpf} exists',
    description: 'Fails when a Credere customer has this CPF in the sandbox.',
    setup: reading((read) => {
      const cpf = read.cpf('cpf');
      return {
        absent: async (state, _sandbox, env) =>
          (await findByDocument(state, cpf)) ? `a Credere customer with CPF ${cpf} exists in sandbox "${env.name}"; reset the sandbox or use a fresh one` : undefined,
      };
    }),
  },
  {
    pattern: 'store {storeId} integrates banks {bankCodes}',
    description: 'Store {storeId} (created when missing) integrates exactly these banks (codes separated by commas or spaces).',
    setup: reading((read) => entities({ stores: [{ id: read.int('storeId'), integratedBanks: read.text('bankCodes').split(/[\s,]+/).filter(Boolean) }] })),
  },
];
