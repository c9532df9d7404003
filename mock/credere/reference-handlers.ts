import type { Handler } from '../../src/plugin/api-plugin.js';
import { stores } from './credere-collections.js';
import { badRequest, notFound } from './credere-domain-error.js';
import type { CredereSandbox } from './credere-sandbox.js';
import { renderBank, renderDomains, renderStore } from './render-reference.js';
import { listStores } from './store-commands.js';

/** GET /domains; `types` filters, and an unknown type is a 400 naming the known ones (a typo is not silent). */
const domains: Handler<CredereSandbox> = async ({ values, sandbox }) => {
  const data = sandbox.data;
  const types = typeof values.query.types === 'string' ? values.query.types.split(',') : undefined;
  const unknown = types?.filter((type) => !data.domains.has(type)) ?? [];
  if (unknown.length > 0) throw badRequest(`unknown domain type ${unknown.join(', ')}; known types: ${[...data.domains.keys()].join(', ')}`);
  return { status: 200, body: { domains: renderDomains(data, types) } };
};

const banks: Handler<CredereSandbox> = async ({ sandbox }) => ({ status: 200, body: { banks: sandbox.data.banks.map(renderBank) } });

/** GET /stores: every store (the account's stores are few, so `page`/`per_page` are accepted and ignored). */
const storesList: Handler<CredereSandbox> = async ({ tx }) => ({ status: 200, body: { stores: (await listStores(tx)).map(renderStore) } });

const integratedBanks: Handler<CredereSandbox> = async ({ values, sandbox, tx }) => {
  const id = values.params.id as number;
  const store = await tx.get(stores, String(id));
  if (!store) throw notFound('Store', id);
  const found = store.integrated_bank_codes.flatMap((code) => sandbox.data.banksByCode.get(code) ?? []);
  return { status: 200, body: { banks: found.map(renderBank) } };
};

/** Handlers of the reference listings, by operation id. */
export const referenceHandlers: Record<string, Handler<CredereSandbox>> = {
  domainsList: domains,
  banksList: banks,
  storesList,
  storesIntegratedBanks: integratedBanks,
};
