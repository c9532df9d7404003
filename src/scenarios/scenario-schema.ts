import type { JsonSchema } from '../contracts/contract.js';

/** Each API's part of a scenario file (the key named after the API), as JSON Schema, by API name. */
export type ScenarioParts = Readonly<Record<string, JsonSchema>>;

/** What every scenario has, whatever its APIs: a name, a description, a clock and parameters. */
const parameters = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    required: ['default'],
    properties: {
      description: { type: 'string' },
      type: { enum: ['string', 'integer', 'number', 'boolean'] },
      default: { type: ['string', 'number', 'boolean'] },
    },
  },
} as const;

/**
 * The JSON Schema of a scenario file: its header, and one optional key per API with that API's part. Unknown keys
 * are refused, so a misspelt API name is an error, not a silently empty scenario.
 * @example scenarioSchema({ acme: { type: 'object', properties: { widgets: { type: 'array' } } } })
 */
export function scenarioSchema(parts: ScenarioParts) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    required: ['name', 'description'],
    properties: {
      name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
      description: { type: 'string', minLength: 1 },
      clock: { type: 'string', format: 'date-time' },
      parameters,
      ...parts,
    },
  } as const;
}
