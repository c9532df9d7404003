import type { JsonSchema } from '../../../src/contracts/contract.js';

const count = { type: 'integer', minimum: 0, maximum: 1_000_000, description: 'How many copies of this item to create.' };
const number19 = { type: 'string', pattern: '^[0-9]{19}$' };
const orgLogo = { type: 'integer', minimum: 1, maximum: 998 };
const blockCode = { type: 'string', pattern: '^[A-Z ]?$' };
const isoDate = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };
const ifExists = { enum: ['fail', 'reuse'] };
const demographics = { type: 'object', description: 'Partial customerDemographics; missing fields are faked.' };

const card = {
  type: 'object',
  additionalProperties: false,
  properties: {
    count,
    expiry: { ...isoDate, description: 'ISO date (yyyy-mm-dd); default the account expiry or five years on' },
    digital: { type: 'boolean' },
    cardNumber: { type: 'string', pattern: '^[0-9]{12,19}$', description: 'A Luhn-valid PAN (zero padding allowed); default generated with the logo BIN' },
    activationRequired: { type: 'boolean', description: 'The card waits for activation (Customer with PAN Activation Add activates it)' },
    blockCode,
    blockCodeDate: isoDate,
    limits: {
      type: 'object',
      additionalProperties: false,
      description: 'Spending limits: i internet, a ATM cash, r retail, o over the counter',
      properties: { i: { type: 'number' }, a: { type: 'number' }, r: { type: 'number' }, o: { type: 'number' } },
    },
  },
};

const account = {
  type: 'object',
  additionalProperties: false,
  required: ['logo'],
  properties: {
    count,
    org: orgLogo,
    logo: orgLogo,
    accountNumber: number19,
    creditLimit: { type: 'number', minimum: 0 },
    blockCode1: blockCode,
    blockCode2: blockCode,
    cardExpiration: { type: 'string', pattern: '^[0-9]{4}$', description: 'MMYY expiry of the account cards' },
    cards: { type: 'array', items: card },
  },
};

const relationship = {
  type: 'object',
  additionalProperties: false,
  properties: {
    count,
    relationshipNumber: number19,
    creditLimit: { type: 'number', minimum: 0 },
    billingCycle: { type: 'integer', minimum: 1, maximum: 31 },
    billingLevel: { type: 'integer', minimum: 0, maximum: 9 },
    name: { type: 'string', maxLength: 40 },
    blockCode,
    ifExists,
    accounts: { type: 'array', items: account },
  },
};

const customer = {
  type: 'object',
  additionalProperties: false,
  required: ['org'],
  properties: {
    count,
    org: orgLogo,
    customerNumber: number19,
    accountNumber: number19,
    owner: demographics,
    coOwner: { anyOf: [demographics, { type: 'boolean' }] },
    vipStatus: { enum: [0, 1] },
    priorAddresses: { anyOf: [{ type: 'array', items: demographics }, { type: 'integer', minimum: 0, maximum: 20 }] },
    ifExists,
    relationships: { type: 'array', items: relationship },
    accounts: { type: 'array', items: account },
  },
};

const reservation = {
  type: 'object',
  additionalProperties: false,
  required: ['org', 'logo'],
  properties: {
    label: { type: 'string' },
    org: orgLogo,
    logo: orgLogo,
    customers: { type: 'integer', minimum: 0 },
    accounts: { type: 'integer', minimum: 0 },
    relationships: { type: 'integer', minimum: 0 },
    cards: { type: 'integer', minimum: 0 },
  },
};

/** JSON Schema (2020-12) of a scenario's `firstvision` part (moved unchanged from the kit's scenario schema). */
export const firstVisionScenarioSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { reservations: { type: 'array', items: reservation }, customers: { type: 'array', items: customer } },
};
