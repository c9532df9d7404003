import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import { readFileSync } from 'node:fs';

/** A product of an organization (credit, debit, prepaid or wallet), with its card BIN. */
export type Logo = {
  number: number;
  description: string;
  product: 'credit' | 'debit' | 'prepaid' | 'wallet';
  bin: string;
  cardLength: number;
  autoGeneration: boolean;
};

/** A bank or processing entity of VisionPLUS and the switches the mock honours. */
export type Organization = {
  number: number;
  name: string;
  foreignOrganization: number | null;
  dualCurrency: boolean;
  relationshipsEnabled: boolean;
  priorAddressEnabled: boolean;
  logos: Logo[];
};

/** The organizations and logos the mock knows, looked up in O(1). */
export type Organizations = {
  org: (number: number) => Organization | undefined;
  logo: (org: number, logo: number) => Logo | undefined;
};

const defaultFile = join(packageRoot, 'data', 'firstvision', 'organizations.json');
const cache = new Map<string, Organizations>();

/**
 * Reads data/firstvision/organizations.json (or `file`), once per file.
 * @example loadOrganizations().logo(970, 401)?.bin // '40009701'
 */
export function loadOrganizations(file: string = defaultFile): Organizations {
  const cached = cache.get(file);
  if (cached) return cached;
  let list: Organization[];
  try {
    list = (JSON.parse(readFileSync(file, 'utf8')) as { organizations: Organization[] }).organizations;
  } catch (error) {
    throw new Error(`${file}: cannot read the FirstVision organizations (${(error as Error).message})`);
  }
  const orgs = new Map(list.map((org) => [org.number, org]));
  const logos = new Map(list.flatMap((org) => org.logos.map((logo) => [`${org.number}:${logo.number}`, logo] as const)));
  const organizations: Organizations = { org: (number) => orgs.get(number), logo: (org, logo) => logos.get(`${org}:${logo}`) };
  cache.set(file, organizations);
  return organizations;
}
