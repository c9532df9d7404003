import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import type { Call } from '../measure.js';
import { spawnTarget, type Target } from '../spawn-target.js';
import type { Routes } from '../workloads.js';

export type ClientelaOptions = {
  /** FirstVision customers (each with one account and one card: the `load-100k` scenario). */
  fvCustomers: number;
  /** Credere customers. */
  credereCustomers: number;
  /** Passed to `clientela serve --state` when given (a state backend, e.g. `redis://127.0.0.1:6379`). */
  state?: string;
  extraArgs?: string[];
  /** Node's own flags (e.g. `--trace-gc`), before the CLI. */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
};

const CREDERE_SCENARIO = `name: bench-credere
description: Credere customers with seeded names and CPFs, for the benchmark.
parameters:
  credereCustomers: { type: integer, default: 100000 }
credere:
  customers:
    - count: "{credereCustomers}"
      # Complete for every integrated bank: an update checks the banks (README, Credere mock), so the measured PATCH
      # is a 200, not a refusal.
      completeFor: ["*"]
`;

/** A scenarios folder with the shipped `load-100k` and a Credere counterpart. */
function scenariosDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clientela-bench-scenarios-'));
  copyFileSync(join(packageRoot, 'data', 'scenarios', 'load-100k.yaml'), join(dir, 'load-100k.yaml'));
  writeFileSync(join(dir, 'bench-credere.yaml'), CREDERE_SCENARIO);
  return dir;
}

/** `clientela serve` itself (the CLI, compiled build), loaded through its scenarios: what a user runs. */
export async function startClientela(options: ClientelaOptions): Promise<Target> {
  const cli = join(packageRoot, 'bin', 'clientela.js');
  const names = [...(options.fvCustomers > 0 ? ['load-100k'] : []), ...(options.credereCustomers > 0 ? ['bench-credere'] : [])];
  const args = [...(options.nodeArgs ?? []), cli, 'serve', '--port', '0', '--scenarios-dir', scenariosDir()];
  if (names.length > 0) args.push('--scenario', names.join(','));
  if (options.fvCustomers > 0) args.push('--param', `customers=${options.fvCustomers}`);
  if (options.credereCustomers > 0) args.push('--param', `credereCustomers=${options.credereCustomers}`);
  if (options.state) args.push('--state', options.state);
  return spawnTarget(process.execPath, [...args, ...(options.extraArgs ?? [])], { readyPattern: /listening on http:\/\/127\.0\.0\.1:(\d+)/, timeoutMs: 600_000, ...(options.env ? { env: options.env } : {}) });
}

async function firstVisionHeaders(origin: string): Promise<Record<string, string>> {
  const response = await fetch(`${origin}/firstvision/bench/token`, {
    method: 'POST',
    headers: { apikey: 'clientela-key', authorization: `Basic ${Buffer.from('clientela-key:clientela-secret').toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const token = ((await response.json()) as { access_token: string }).access_token;
  return { apikey: 'clientela-key', authorization: `Bearer ${token}`, 'x-clientid': '00970', 'content-type': 'application/json' };
}

export const credereHeaders = { authorization: 'Bearer bench', 'content-type': 'application/json' };
export const customerAddBody = JSON.stringify({ customerData: { customerKeyData: { organizationNumber: 970 }, ownerCoOwnerData: { ownerData: { nameLine1: 'BENCH', postalCode: '59075-810' } } } });
export const createBody = (cpf: string): string => JSON.stringify({ bank_validations: { bank_codes: ['336'] }, customer: { cpf, name: 'Bench', has_cnh: false, phones: [{ code: 84, number: 999999999, phone_type_id: 1 }] } });
export const patchBody = JSON.stringify({ customer: { nickname: 'Bench' } });

/**
 * The benchmarked requests as the APIs define them, under `prefix` (`/firstvision`, `/credere/api/v1` on
 * clientela; the peers that copy its routes use the same).
 */
export function apiRoutes(fvHeaders: Record<string, string>, fv = '/firstvision', cr = '/credere/api/v1'): Routes {
  const fvCall = (call: Call): Call => ({ ...call, headers: { ...fvHeaders, ...call.headers } });
  const crCall = (call: Call): Call => ({ ...call, headers: { ...credereHeaders, ...call.headers } });
  return {
    cardsDetails: (customerNumber) => fvCall({ method: 'GET', path: `${fv}/customer/v3/cards/details?organizationNumber=970`, headers: { customernumber: customerNumber } }),
    customerAdd: () => fvCall({ method: 'POST', path: `${fv}/customer/l8v2`, body: customerAddBody }),
    credereFind: (cpf) => crCall({ method: 'GET', path: `${cr}/customers/find?cpf_cnpj=${encodeURIComponent(cpf)}` }),
    credereCreate: (cpf) => crCall({ method: 'POST', path: `${cr}/customers`, body: createBody(cpf) }),
    crederePatch: (id) => crCall({ method: 'PATCH', path: `${cr}/customers/${id}`, body: patchBody }),
  };
}

/** clientela's routes, with a FirstVision token issued by `origin`. */
export async function clientelaRoutes(origin: string): Promise<Routes> {
  return apiRoutes(await firstVisionHeaders(origin));
}
