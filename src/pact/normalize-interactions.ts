import type { PactFile } from './read-pact-files.js';
import { resolveMatchers } from './resolve-matchers.js';

/** A provider state as pacts of every version carry it. */
export type PactState = { name: string; params: Record<string, unknown> };

/** One HTTP interaction of a pact, the same whatever the specification version (V2, V3, V4). */
export type PactInteraction = {
  file: string;
  consumer: string;
  provider: string;
  description: string;
  states: PactState[];
  request: { method: string; path: string; query: Record<string, string>; headers: Record<string, string>; body?: unknown; contentType?: string };
  response: { status: number; headers: Record<string, string>; body?: unknown };
};

type Json = Record<string, unknown>;

function nameOf(party: unknown): string {
  return typeof party === 'object' && party !== null && typeof (party as Json).name === 'string' ? String((party as Json).name) : '?';
}

/** Header names lower-cased; V4 array values joined as HTTP would. */
function headersOf(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries((raw as Json | undefined) ?? {})) {
    out[name.toLowerCase()] = Array.isArray(value) ? value.map(String).join(', ') : String(resolveMatchers(value));
  }
  return out;
}

/** V2 query strings and V3/V4 `{name: [values]}` maps, first value of each name. */
function queryOf(raw: unknown): Record<string, string> {
  if (typeof raw === 'string') return Object.fromEntries(new URLSearchParams(raw));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries((raw as Json | undefined) ?? {})) {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[name] = String(resolveMatchers(first));
  }
  return out;
}

/** V4 bodies are `{content, contentType, encoded}`; earlier versions hold the body itself. Forms become objects. */
function bodyOf(raw: unknown, headers: Record<string, string>, v4: boolean): { body?: unknown; contentType?: string } {
  if (raw === undefined || raw === null) return {};
  let content: unknown = raw;
  let contentType = headers['content-type'];
  if (v4 && typeof raw === 'object' && 'content' in (raw as Json)) {
    const wrapped = raw as Json;
    content = wrapped.content;
    if (typeof wrapped.contentType === 'string') contentType = wrapped.contentType;
    if (wrapped.encoded === 'base64' && typeof content === 'string') content = Buffer.from(content, 'base64').toString('utf8');
  }
  if (typeof content === 'string' && contentType?.includes('application/x-www-form-urlencoded')) {
    content = Object.fromEntries(new URLSearchParams(content));
  } else if (typeof content === 'string' && contentType?.includes('json')) {
    try {
      content = JSON.parse(content);
    } catch {
      // a JSON content type with a body that is not JSON stays text; validation will say so
    }
  }
  return { body: resolveMatchers(content), ...(contentType ? { contentType } : {}) };
}

function statesOf(interaction: Json): PactState[] {
  if (Array.isArray(interaction.providerStates)) {
    return interaction.providerStates.map((state: Json) => ({ name: String(state.name), params: (state.params as Json | undefined) ?? {} }));
  }
  return typeof interaction.providerState === 'string' ? [{ name: interaction.providerState, params: {} }] : [];
}

/**
 * The HTTP interactions of a pact file, normalised (message and plugin interactions are skipped).
 * @example normalizeInteractions(readPactFiles(['pacts/'])[0]).map((i) => i.description)
 */
export function normalizeInteractions({ file, document }: PactFile): PactInteraction[] {
  const v4 = String(((document.metadata as Json | undefined)?.pactSpecification as Json | undefined)?.version ?? '').startsWith('4');
  const interactions = (document.interactions as Json[]).filter((i) => i.type === undefined || i.type === 'Synchronous/HTTP');
  return interactions.map((interaction) => {
    const request = (interaction.request as Json | undefined) ?? {};
    const response = (interaction.response as Json | undefined) ?? {};
    const requestHeaders = headersOf(request.headers);
    const responseHeaders = headersOf(response.headers);
    return {
      file,
      consumer: nameOf(document.consumer),
      provider: nameOf(document.provider),
      description: String(interaction.description ?? '(no description)'),
      states: statesOf(interaction),
      request: {
        method: String(request.method ?? 'GET').toUpperCase(),
        path: String(resolveMatchers(request.path) ?? '/'),
        query: queryOf(request.query),
        headers: requestHeaders,
        ...bodyOf(request.body, requestHeaders, v4),
      },
      response: { status: Number(response.status ?? 200), headers: responseHeaders, ...bodyOf(response.body, responseHeaders, v4) },
    };
  });
}
