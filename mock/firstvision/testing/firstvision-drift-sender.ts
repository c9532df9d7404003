import type { Contract } from '../../../src/contracts/contract.js';
import type { DriftSender, ProviderSession } from '../../../src/plugin/api-plugin.js';
import { FirstVisionClient } from '../client/firstvision-client.js';
import type { FirstVisionCheckCredentials } from './firstvision-credentials.js';

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? `{${name}}`));
}

/**
 * Drift probes over the typed client: the token operation gets its own fresh client (it is what is probed); every
 * other call goes through one authenticated `FirstVisionClient`.
 * @example const send = firstVisionDriftSender(session, credentials); await send(contract, probe)
 */
export function firstVisionDriftSender(session: ProviderSession, credentials: unknown): DriftSender {
  const options = credentials as FirstVisionCheckCredentials | undefined;
  if (!options) throw new Error('checking FirstVision needs --api-key, --api-secret and --client-id (or --token)');
  const base = { baseUrl: session.baseUrl, fetch: session.fetch };
  const shared = new FirstVisionClient({ ...base, ...options });
  return (contract: Contract, probe) => {
    if (contract.operationId === 'token') return new FirstVisionClient({ ...base, ...options, token: undefined }).requestToken();
    return shared.call({ method: contract.method, path: fillPath(contract.path, probe.params), query: probe.query, headers: probe.headers, ...(probe.body === undefined ? {} : { body: probe.body }) });
  };
}
