import type { JsonSchema } from '../../src/contracts/contract.js';

const count = { type: 'integer', minimum: 0, maximum: 1_000_000, description: 'How many copies of this item to create.' };
const ifExists = { enum: ['fail', 'reuse'] };
const bankCode = { type: 'string', minLength: 1, maxLength: 20 };

/** JSON Schema of a scenario's `credere` part (see `CredereScenarioPart`). */
export const credereScenarioSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    stores: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'integratedBanks'],
        properties: { id: { type: 'integer', minimum: 1 }, integratedBanks: { type: 'array', items: bankCode }, fields: { type: 'object' } },
      },
    },
    customers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { count, customer: { type: 'object', properties: { cpf: { type: 'string', format: 'cpf' } } }, completeFor: { type: 'array', items: bankCode }, ifExists },
      },
    },
  },
};
