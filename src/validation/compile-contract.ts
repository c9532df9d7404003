import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { type Contract, type JsonSchema, type ParameterSchema, type RequestPart, requestParts } from '../contracts/contract.js';
import { ContractError } from '../contracts/contract-error.js';
import { schemaBaseId } from '../contracts/schema-base-id.js';
import { type RefLookup, refLookupFor } from '../contracts/dereference.js';
import { parameterProperties } from '../contracts/parameter-properties.js';

import { type BodyCoercion, bodyCoercionOf } from './body-coercion.js';
import type { Coercion } from './coerce-value.js';

export type { Coercion } from './coerce-value.js';

/** A contract with every schema compiled once, ready for `validateRequest` / `validateResponse`. */
export type CompiledContract = {
  contract: Contract;
  request: Partial<Record<RequestPart, ValidateFunction>>;
  coercions: Partial<Record<Exclude<RequestPart, 'body'>, Record<string, Coercion>>>;
  /** Where body strings are read as numbers or booleans, for a contract whose `request.coerceBody` is true. */
  bodyCoercion?: BodyCoercion;
  responses: Map<number, ValidateFunction | undefined>;
};

/** Validators already compiled (from the cache), by schema `$id`. */
export type CompiledValidators = Map<string, ValidateFunction>;

function compileOne(ajv: Ajv2020, contract: Contract, pointer: string, schema: JsonSchema, cached?: CompiledValidators): ValidateFunction {
  const id = `${schemaBaseId(contract)}${pointer.replaceAll('/', '.')}.json`;
  const hit = cached?.get(id);
  if (hit) return hit;
  const wrapped = typeof schema === 'boolean' ? { $id: id, allOf: [schema] } : { ...schema, $id: id };
  try {
    return ajv.compile(wrapped);
  } catch (error) {
    throw new ContractError(contract.file, pointer, (error as Error).message);
  }
}

function coercionsOf(schema: ParameterSchema | undefined, lookup: RefLookup): Record<string, Coercion> {
  const coercions: Record<string, Coercion> = {};
  for (const [name, property] of Object.entries(parameterProperties(schema, lookup).properties)) {
    if (typeof property !== 'object') continue;
    const target = typeof property.$ref === 'string' && property.type === undefined ? lookup(property.$ref) : property;
    if (!target || typeof target !== 'object') continue;
    const types = ([] as unknown[]).concat(target.type ?? []);
    if (types.includes('string')) continue;
    if (types.includes('integer')) coercions[name] = 'integer';
    else if (types.includes('number')) coercions[name] = 'number';
    else if (types.includes('boolean')) coercions[name] = 'boolean';
  }
  return coercions;
}

/**
 * Compiles every request and response schema of a contract with the shared Ajv instance (or takes them from
 * `cached`, the validators of an earlier identical load).
 * @throws ContractError naming the file and JSON pointer when a schema does not compile (e.g. a `$ref` to nothing).
 */
export function compileContract(ajv: Ajv2020, contract: Contract, cached?: CompiledValidators): CompiledContract {
  const compiled: CompiledContract = { contract, request: {}, coercions: {}, responses: new Map() };
  const lookup = refLookupFor(ajv, contract.api);
  for (const part of requestParts) {
    const schema = contract.request[part];
    if (schema === undefined) continue;
    compiled.request[part] = compileOne(ajv, contract, `/request/${part}`, schema, cached);
    if (part !== 'body') compiled.coercions[part] = coercionsOf(schema as ParameterSchema, lookup);
    else if (contract.request.coerceBody) compiled.bodyCoercion = bodyCoercionOf(schema, lookup);
  }
  for (const [status, response] of Object.entries(contract.responses)) {
    const validate = response.body === undefined ? undefined : compileOne(ajv, contract, `/responses/${status}/body`, response.body, cached);
    compiled.responses.set(Number(status), validate);
  }
  return compiled;
}
