/** A problem+json answer of the admin API, thrown as an error whose message is its detail. */
export class AdminError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * The admin API, as the page calls it: every action of the dashboard is one of these calls. The admin token (from
 * the page's `?token=`) goes as `X-Admin-Token`; the stream, an EventSource, takes it as `?token=`.
 */
export class AdminClient {
  readonly base: string;
  readonly token: string | null;

  constructor(base: string, token: string | null) {
    this.base = base;
    this.token = token;
  }

  url(path: string, query: Record<string, string | number | undefined> = {}): string {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(key, String(value));
    const text = search.toString();
    return `${this.base}${path}${text ? `?${text}` : ''}`;
  }

  async call<T>(method: string, path: string, query: Record<string, string | number | undefined> = {}, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (this.token) headers['x-admin-token'] = this.token;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(this.url(path, query), { method, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const problem = parsed as { detail?: string; title?: string } | undefined;
      throw new AdminError(response.status, problem?.detail ?? problem?.title ?? `${method} ${path} answered ${response.status}`);
    }
    return parsed as T;
  }

  get<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T> {
    return this.call<T>('GET', path, query);
  }

  /** An EventSource on the journal stream, with these filters. */
  stream(query: Record<string, string | number | undefined>): EventSource {
    return new EventSource(this.url('/requests/stream', { ...query, token: this.token ?? undefined }));
  }
}
