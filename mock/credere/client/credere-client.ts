import { credereMount } from '../credere-mount.js';
import { buildUrl, type ClientResult, type FetchLike, sendJson } from '../../../src/clients/send-json.js';
import type {
  BanksListResponse200,
  CustomersCreateRequest,
  CustomersCreateResponse200,
  CustomersFindResponse200,
  CustomersGetResponse200,
  CustomersUpdateRequest,
  CustomersUpdateResponse200,
  DomainsListResponse200,
  StoresIntegratedBanksResponse200,
} from './credere-api.js';

export type CredereClientOptions = {
  /** Where the API lives, without `/credere/api/v1`. */
  baseUrl: string;
  /** The account's API key, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** Sent as `Store-Id` on every call when given. */
  storeId?: number;
  fetch?: FetchLike;
};

export type CredereClient = ReturnType<typeof createCredereClient>;

/**
 * A typed Credere client (bearer key, optional `Store-Id`).
 * @example const credere = createCredereClient({ baseUrl, apiKey: 'k' }); await credere.find('390.533.447-05')
 */
export function createCredereClient(options: CredereClientOptions) {
  const call = <T>(method: string, path: string, body?: unknown, query: Record<string, string | undefined> = {}): Promise<ClientResult<T>> => {
    const rawBody = body === undefined ? undefined : JSON.stringify(body);
    return sendJson<T>(
      {
        method,
        url: buildUrl(options.baseUrl, `${credereMount}${path}`, query),
        headers: {
          authorization: `Bearer ${options.apiKey}`,
          accept: 'application/json',
          ...(options.storeId === undefined ? {} : { 'store-id': String(options.storeId) }),
          ...(rawBody === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(rawBody === undefined ? {} : { rawBody }),
      },
      options.fetch,
    );
  };
  return {
    call,
    create: (body: CustomersCreateRequest) => call<CustomersCreateResponse200>('POST', '/customers', body),
    find: (cpfCnpj: string) => call<CustomersFindResponse200>('GET', '/customers/find', undefined, { cpf_cnpj: cpfCnpj }),
    get: (id: number) => call<CustomersGetResponse200>('GET', `/customers/${id}`),
    update: (id: number, body: CustomersUpdateRequest) => call<CustomersUpdateResponse200>('PUT', `/customers/${id}`, body),
    domains: (types?: string[]) => call<DomainsListResponse200>('GET', '/domains', undefined, { types: types?.join(',') }),
    banks: () => call<BanksListResponse200>('GET', '/banks'),
    integratedBanks: (storeId: number) => call<StoresIntegratedBanksResponse200>('GET', `/stores/${storeId}/integrated_banks`),
  };
}
