import type { Contract } from '../../src/contracts/contract.js';
import { maskSensitiveKeys } from '../../src/mask/mask-sensitive.js';

/** A word for a POSIX shell, in single quotes. */
function quoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A `curl` command line for an operation, from its first example that has a request (its path parameters, query,
 * headers and body), against `base` (the mock's URL and the API's mount). Card numbers and documents in it are
 * masked, as everywhere the admin API shows data: put real ones before running it.
 * @example exampleCurl(registry.get('customersCreate').contract, 'http://127.0.0.1:4010/credere/api/v1')
 */
export function exampleCurl(contract: Contract, base: string): string {
  const request = contract.examples?.find((example) => example.request)?.request ?? {};
  const params = maskSensitiveKeys(request.params ?? {}) as Record<string, string>;
  const path = contract.path.replace(/\{(\w+)\}/g, (_whole, name: string) => encodeURIComponent(String(params[name] ?? `{${name}}`)));
  const query = new URLSearchParams(maskSensitiveKeys(request.query ?? {}) as Record<string, string>).toString();
  const parts = ['curl', '-sS', '-X', contract.method, quoted(`${base}${path}${query ? `?${query}` : ''}`)];
  const form = contract.request.contentType === 'application/x-www-form-urlencoded';
  const headers: Record<string, string> = { ...(request.body !== undefined ? { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' } : {}), ...request.headers };
  for (const [name, value] of Object.entries(headers)) parts.push('-H', quoted(`${name}: ${value}`));
  if (request.body !== undefined) {
    const body = maskSensitiveKeys(request.body);
    const text = typeof body === 'string' ? body : form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
    parts.push('--data-raw', quoted(text));
  }
  return parts.join(' ');
}
