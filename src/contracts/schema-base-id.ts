import { basename } from 'node:path';
import type { Contract } from './contract.js';

/**
 * The URI every schema of a contract is compiled under. It sits beside `defs.json` of the same API,
 * so a contract's `{"$ref": "defs.json#/$defs/x"}` resolves as it reads.
 */
export function schemaBaseId(contract: Pick<Contract, 'api' | 'file'>): string {
  return `https://clientela.dev/contracts/${contract.api}/${basename(contract.file, '.json')}`;
}

/** The `$id` of an API's shared definitions. */
export function defsId(api: string): string {
  return `https://clientela.dev/contracts/${api}/defs.json`;
}
