type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; example?: unknown };
type MediaType = { examples?: Record<string, { value: unknown }> };
type Operation = { operationId: string; parameters?: Parameter[]; requestBody?: { content: Record<string, MediaType> }; security?: Array<Record<string, string[]>> };

/** One HTTP request built from an exported document's examples alone (plus the credentials its security asks for). */
export type ExampleRequest = { operationId: string; example: string; method: string; path: string; headers: Record<string, string>; body?: string };

/** Header values of the security schemes, by scheme name. */
export type Credentials = Record<string, Record<string, string>>;

/**
 * Every request an OpenAPI document's examples describe: one per request-body example (or one per operation
 * without a body), parameters from their `example`, headers for the first security alternative.
 * @example exampleRequests(document, { bearer: { authorization: 'Bearer k' } })
 */
export function exampleRequests(document: { paths: Record<string, Record<string, unknown>> }, credentials: Credentials): ExampleRequest[] {
  const requests: ExampleRequest[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      const op = raw as Operation;
      const parameters = op.parameters ?? [];
      const value = (p: Parameter): string => (typeof p.example === 'string' ? p.example : JSON.stringify(p.example));
      const path = template.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(value(parameters.find((p) => p.in === 'path' && p.name === name) as Parameter)));
      const query = new URLSearchParams(parameters.filter((p) => p.in === 'query' && p.example !== undefined).map((p): [string, string] => [p.name, value(p)]));
      const headers: Record<string, string> = {};
      for (const p of parameters) if (p.in === 'header' && p.example !== undefined) headers[p.name] = value(p);
      for (const scheme of Object.keys(op.security?.[0] ?? {})) Object.assign(headers, credentials[scheme]);
      const url = `${path}${query.size ? `?${query}` : ''}`;
      const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      const bodies = Object.entries(media?.examples ?? {});
      if (!contentType || bodies.length === 0) {
        requests.push({ operationId: op.operationId, example: 'parameters', method: method.toUpperCase(), path: url, headers });
        continue;
      }
      for (const [name, { value: body }] of bodies) {
        const text = contentType === 'application/x-www-form-urlencoded' ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
        requests.push({ operationId: op.operationId, example: name, method: method.toUpperCase(), path: url, headers: { ...headers, 'content-type': contentType }, body: text });
      }
    }
  }
  return requests;
}
