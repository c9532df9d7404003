import type { IncomingHttpHeaders } from 'node:http';

/**
 * The first value of a request header (Node gives repeated headers as an array), or undefined.
 * @example headerValue(request.headers, 'apikey') // 'clientela-key'
 */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
