import { Faker, base, en, pt_BR } from '@faker-js/faker';
import { generateSync, type JsonSchema as JsfSchema, type Random as JsfRandom } from 'json-schema-faker';
import type { JsonSchema } from '../contracts/contract.js';
import { generateCnpj } from '../numbers/cnpj.js';
import { generateCpf } from '../numbers/cpf.js';
import { isoToBrDate } from '../numbers/dates.js';

function intFrom(random: JsfRandom): (max: number) => number {
  return (max) => random.int(0, max - 1);
}

function isoDay(random: JsfRandom): string {
  const year = random.int(1950, 2030);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Generators for clientela's custom string formats, so faked values pass the same validators. */
const formats: Record<string, (random: JsfRandom) => string> = {
  cpf: (random) => generateCpf(intFrom(random)),
  cnpj: (random) => generateCnpj(intFrom(random)),
  'cpf-cnpj': (random) => generateCpf(intFrom(random)),
  cep: (random) => `${random.int(10000, 99999)}-${String(random.int(1, 999)).padStart(3, '0')}`,
  'date-br': (random) => isoToBrDate(isoDay(random)),
  'date-br-or-iso': (random) => isoToBrDate(isoDay(random)),
  date: (random) => isoDay(random),
  'org-logo': (random) => String(random.int(1, 998)).padStart(3, '0'),
};

/** json-schema-faker seeds only its own random source: the faker it may call is seeded here too. */
const faker = new Faker({ locale: [pt_BR, en, base] });

/**
 * A seeded fake value for a schema (already dereferenced), with pt_BR faker and clientela's formats.
 * The same schema and seed give the same value.
 * @example fakeFromSchema({ type: 'string', format: 'cpf' }, 7) // '…-..' a valid CPF
 */
export function fakeFromSchema(schema: JsonSchema, seed: number, options: { allOptionals?: boolean } = {}): unknown {
  faker.seed(seed);
  return generateSync(schema as JsfSchema, {
    seed,
    formats,
    extensions: { faker },
    alwaysFakeOptionals: options.allOptionals ?? true,
    maxDefaultItems: 2,
    failOnInvalidTypes: false,
  });
}
