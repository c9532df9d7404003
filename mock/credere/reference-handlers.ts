import type { Handler } from '../api-module.js';
import { ApiError } from '../api-error.js';
import { credereBadRequest, credereNotFound } from './render-credere-error.js';
import { renderBank, renderDomains, renderStore } from './render-reference.js';

/** GET /domains; `types` filters, and an unknown type is a 400 naming the known ones (a typo is not silent). */
const domains: Handler = ({ values, world }) => {
  const data = world.credere.data;
  const types = typeof values.query.types === 'string' ? values.query.types.split(',') : undefined;
  const unknown = types?.filter((type) => !data.domains.has(type)) ?? [];
  if (unknown.length > 0) {
    throw new ApiError(credereBadRequest(`unknown domain type ${unknown.join(', ')}; known types: ${[...data.domains.keys()].join(', ')}`));
  }
  return { status: 200, body: { domains: renderDomains(data, types) } };
};

const banks: Handler = ({ world }) => ({ status: 200, body: { banks: world.credere.data.banks.map(renderBank) } });

/** GET /stores: every store (the account's stores are few, so `page`/`per_page` are accepted and ignored). */
const stores: Handler = ({ world }) => ({ status: 200, body: { stores: world.credere.stores().map(renderStore) } });

const integratedBanks: Handler = ({ values, world }) => {
  const id = values.params.id as number;
  const store = world.credere.store(id);
  if (!store) throw new ApiError(credereNotFound('Store', id));
  const banks = store.integrated_bank_codes.flatMap((code) => world.credere.data.banksByCode.get(code) ?? []);
  return { status: 200, body: { banks: banks.map(renderBank) } };
};

/** Handlers of the reference listings, by operation id. */
export const referenceHandlers: Record<string, Handler> = {
  domainsList: domains,
  banksList: banks,
  storesList: stores,
  storesIntegratedBanks: integratedBanks,
};
