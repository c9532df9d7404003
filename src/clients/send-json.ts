/** What a client call answers: the status and the parsed body, typed as the contract's 2xx body when `ok`. */
export type ClientResult<T> =
  | { ok: true; status: number; body: T; headers: Headers }
  | { ok: false; status: number; body: unknown; headers: Headers };

/** One HTTP request as the clients build it; `rawBody` is sent as is (already serialised). */
export type ClientRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  rawBody?: string;
};

/** The `fetch` a client uses; tests and the drift checker may pass their own. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Sends a request and parses a JSON answer (a body that is not JSON comes back as text).
 * @example const result = await sendJson<{ id: number }>({ method: 'GET', url, headers: {} })
 */
export async function sendJson<T>(request: ClientRequest, fetchImpl: FetchLike = fetch): Promise<ClientResult<T>> {
  const init: RequestInit = { method: request.method, headers: request.headers };
  if (request.rawBody !== undefined) init.body = request.rawBody;
  const response = await fetchImpl(request.url, init);
  const text = await response.text();
  let body: unknown = text === '' ? undefined : text;
  try {
    if (text !== '') body = JSON.parse(text);
  } catch {
    // not JSON: the text is the body
  }
  if (response.ok) return { ok: true, status: response.status, body: body as T, headers: response.headers };
  return { ok: false, status: response.status, body, headers: response.headers };
}

/** `base` + `path` + a query string of the defined values. */
export function buildUrl(base: string, path: string, query: Record<string, string | number | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return `${base.replace(/\/+$/, '')}${path}${text ? `?${text}` : ''}`;
}
