import { withSandbox } from './sandbox-url.js';

/** A provider-state call as the Pact verifier makes it. */
export type StateChange = { state: string; params: Record<string, unknown>; action: 'setup' | 'teardown' };

/** The outcome: values to inject into the request (setup), or the reason it failed. */
export type StateOutcome = { ok: true; values: Record<string, unknown> } | { ok: false; reason: string };

function reasonOf(status: number, body: unknown, change: StateChange): string {
  const problem = (body ?? {}) as { detail?: unknown; title?: unknown; known?: unknown; knownStates?: unknown };
  const known = problem.known ?? problem.knownStates;
  const detail = typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : `status ${status}`;
  const list = Array.isArray(known) && !detail.includes('known states') && known.length > 0 ? `; known states: ${known.map((k) => JSON.stringify(typeof k === 'string' ? k : (k as { name?: unknown }).name)).join(', ')}` : '';
  return `provider state "${change.state}" failed on ${change.action}: ${detail}${list}`;
}

/**
 * Resolves provider states through the mock's registry: `POST /__admin/provider-states` with
 * `{state, params, action}`; a 200 answers `{state, params, result}`, anything else fails the state.
 * @example await applyProviderState(url, { state: 'no customer 1 exists', params: {}, action: 'setup' }, 'run-1')
 */
function adminHeaders(adminToken: string | undefined): Record<string, string> {
  return adminToken ? { authorization: `Bearer ${adminToken}` } : {};
}

export async function applyProviderState(baseUrl: string, change: StateChange, sandbox?: string, adminToken?: string): Promise<StateOutcome> {
  let response: Response;
  try {
    response = await fetch(withSandbox(`${baseUrl}/__admin/provider-states`, sandbox), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...adminHeaders(adminToken) },
      body: JSON.stringify(change),
    });
  } catch (error) {
    return { ok: false, reason: `provider state "${change.state}": the mock cannot be reached (${(error as Error).message})` };
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = { detail: text.slice(0, 200) };
  }
  if (response.status === 404 && (body as { type?: unknown } | undefined)?.type === undefined) {
    return { ok: false, reason: `provider state "${change.state}": the mock has no /__admin/provider-states endpoint (status 404)` };
  }
  if (response.status !== 200) return { ok: false, reason: reasonOf(response.status, body, change) };
  const result = (body as { result?: unknown } | undefined)?.result;
  const values = result !== null && typeof result === 'object' && !Array.isArray(result) ? (result as Record<string, unknown>) : {};
  return { ok: true, values };
}

/** `POST /__admin/reset` (of one sandbox), so each interaction starts from the start-up world. */
export async function resetProvider(baseUrl: string, sandbox?: string, adminToken?: string): Promise<StateOutcome> {
  try {
    const response = await fetch(withSandbox(`${baseUrl}/__admin/reset`, sandbox), { method: 'POST', headers: adminHeaders(adminToken) });
    await response.arrayBuffer();
    if (response.ok) return { ok: true, values: {} };
    return { ok: false, reason: `POST /__admin/reset${sandbox ? `?sandbox=${sandbox}` : ''} answered ${response.status}` };
  } catch (error) {
    return { ok: false, reason: `the mock cannot be reached (${(error as Error).message})` };
  }
}


