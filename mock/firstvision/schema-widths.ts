import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonSchema } from '../../src/contracts/contract.js';
import { defsLookup, dereference } from '../../src/contracts/dereference.js';

/** The `maxLength` of a string field of a response schema, by dotted path (`nameAddressData.nameLine1`). */
export type FieldWidths = (field: string) => number;

function pointerGet(document: unknown, pointer: string): unknown {
  let node = document;
  for (const key of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function collect(schema: unknown, prefix: string, into: Map<string, number>): void {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  for (const [name, property] of Object.entries(properties)) {
    const maxLength = (property as { maxLength?: unknown }).maxLength;
    if (typeof maxLength === 'number') into.set(`${prefix}${name}`, maxLength);
    collect(property, `${prefix}${name}.`, into);
    // An array's item fields are named after the array (`priorMailer.pmCity`).
    collect((property as { items?: unknown }).items, `${prefix}${name}.`, into);
  }
}

/**
 * Reads, once, the widths of the string fields of the schema at `pointer` in contract `file` of `contractsDir`
 * ($refs into defs.json followed; an array's item fields named after the array). Throws when the file or the pointer is missing; the answer throws for a field
 * the schema gives no `maxLength`: the contract is the only place widths are written.
 * @example schemaWidths(dir, 'demographic-inquiry.json', '/responses/200/body/properties/data/properties/nameAddrData/items')('title') // 20
 */
export function schemaWidths(contractsDir: string, file: string, pointer: string): FieldWidths {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(contractsDir, name), 'utf8'));
  const schema = pointerGet(read(file), pointer);
  if (schema === undefined) throw new Error(`${file}: no schema at ${pointer}`);
  const widths = new Map<string, number>();
  collect(dereference(schema as JsonSchema, defsLookup(read('defs.json'))), '', widths);
  return (field) => {
    const width = widths.get(field);
    if (width === undefined) throw new Error(`${file}: ${pointer} gives field ${field} no maxLength`);
    return width;
  };
}
