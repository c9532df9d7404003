import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createMockServer } from '../../mock/server.js';
import { createCustomer } from '../../mock/credere/customer-commands.js';
import type { CredereSandbox } from '../../mock/credere/credere-sandbox.js';
import { addAccount } from '../../mock/firstvision/domain/add-account.js';
import { addCard } from '../../mock/firstvision/domain/add-card.js';
import { addCustomer } from '../../mock/firstvision/domain/add-customer.js';
import type { FirstVisionSandbox } from '../../mock/firstvision/firstvision-sandbox.js';
import { partOf } from '../../mock/world.js';
import { generateCpf } from '../../src/numbers/cpf.js';
import { seededRandom } from '../../src/fake/seeded-random.js';

/**
 * A clientela mock in its own process for the benchmark, preloaded through the APIs' domain commands:
 * `--fv-cards N` cards in FirstVision (10 per account; the measured customer has 3), `--cr-customers N`
 * Credere customers. Prints `MEM <json>` after loading and `READY <port>` when listening.
 */
const { values } = parseArgs({ options: { 'fv-cards': { type: 'string' }, 'cr-customers': { type: 'string' } } });
const fvCards = Number(values['fv-cards'] ?? 0);
const crCustomers = Number(values['cr-customers'] ?? 0);

const mock = createMockServer({ seed: 1, ...(process.env.JOURNAL ? { journalSize: Number(process.env.JOURNAL) } : {}) });
const world = await mock.sandboxes.get();
const started = performance.now();

export const measuredCustomer = '0000000000000000123';
export const measuredCpf = '529.982.247-25';

if (fvCards > 0) {
  await world.state.transaction(async (tx) => {
    const scope = { tx, sandbox: partOf<FirstVisionSandbox>(world, 'firstvision'), env: world.env };
    await addCustomer(scope, { org: 970, customerNumber: measuredCustomer, owner: { nameLine1: 'CLIENTE MEDIDO' } });
    const account = await addAccount(scope, { org: 970, logo: 401, customerNumber: measuredCustomer });
    for (let i = 0; i < 3; i++) await addCard(scope, { accountNumber: account.accountNumber });
    let cards = 3;
    while (cards < fvCards) {
      const customer = await addCustomer(scope, { org: 970, owner: { nameLine1: 'CLIENTE' } });
      const other = await addAccount(scope, { org: 970, logo: 401, customerNumber: customer.customerNumber });
      for (let i = 0; i < 10 && cards < fvCards; i++, cards++) await addCard(scope, { accountNumber: other.accountNumber });
    }
  }, { atomic: false });
}

if (crCustomers > 0) {
  await world.state.transaction(async (tx) => {
    const sandbox = partOf<CredereSandbox>(world, 'credere');
    // Complete for bank 336, which the measured PATCH names in its bank_validations (updates check banks).
    await createCustomer(tx, sandbox, { cpf: measuredCpf, name: 'Cliente Medido', has_cnh: false, phones: [{ code: 84, number: 999999999, phone_type_id: 1 }] }, false);
    const random = seededRandom(7);
    const seen = new Set<string>([measuredCpf]);
    while (seen.size < crCustomers) {
      const cpf = generateCpf(random.int);
      if (seen.has(cpf)) continue;
      seen.add(cpf);
      await createCustomer(tx, sandbox, { cpf, name: `Cliente ${seen.size}` }, false);
    }
  }, { atomic: false });
}

const loadSeconds = (performance.now() - started) / 1000;
global.gc?.();
const memory = process.memoryUsage();
process.stdout.write(`MEM ${JSON.stringify({ loadSeconds: Number(loadSeconds.toFixed(2)), rssMb: Math.round(memory.rss / 2 ** 20), heapUsedMb: Math.round(memory.heapUsed / 2 ** 20) })}\n`);
const server = mock.app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGINT', () => process.exit(0));
