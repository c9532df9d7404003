import type { ApiName, Contract } from '../contracts/contract.js';
import { createCredereClient } from '../../mock/credere/client/credere-client.js';
import { FirstVisionClient } from '../../mock/firstvision/client/firstvision-client.js';
import type { ClientResult, FetchLike } from '../clients/send-json.js';
import type { ProbeRequest } from './probe-requests.js';

/** How to reach and authenticate against the API under check. */
export type DriftCredentials = {
  firstvision?: { apiKey: string; apiSecret: string; clientId: string; product?: string; token?: string; sign?: boolean };
  credere?: { token: string; storeId?: number };
};

/** Sends one probe with the typed client of its API; answers the status and parsed body. */
export type DriftTarget = (contract: Contract, probe: ProbeRequest) => Promise<ClientResult<unknown>>;

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? `{${name}}`));
}

/**
 * A sender for one API. FirstVision: the token operation gets its own fresh client (it is what is probed);
 * every other call goes through one authenticated `FirstVisionClient`. Credere: a `createCredereClient`.
 * @example const send = driftTarget('credere', url, { credere: { token: 'k' } }); await send(contract, probe)
 */
export function driftTarget(api: ApiName, baseUrl: string, credentials: DriftCredentials, fetchImpl?: FetchLike): DriftTarget {
  const extra = fetchImpl ? { fetch: fetchImpl } : {};
  if (api === 'credere') {
    const options = credentials.credere;
    if (!options) throw new Error('checking Credere needs --token');
    const client = createCredereClient({ baseUrl, apiKey: options.token, ...(options.storeId === undefined ? {} : { storeId: options.storeId }), ...extra });
    return (contract, probe) => client.call(contract.method, fillPath(contract.path, probe.params), probe.body, probe.query);
  }
  const options = credentials.firstvision;
  if (!options) throw new Error('checking FirstVision needs --api-key, --api-secret and --client-id (or --token)');
  const shared = new FirstVisionClient({ baseUrl, ...options, ...extra });
  return (contract, probe) => {
    if (contract.operationId === 'token') return new FirstVisionClient({ baseUrl, ...options, token: undefined, ...extra }).requestToken();
    return shared.call({ method: contract.method, path: fillPath(contract.path, probe.params), query: probe.query, headers: probe.headers, ...(probe.body === undefined ? {} : { body: probe.body }) });
  };
}
