/** The header that puts a request in a named sandbox of the mock. */
export const SANDBOX_HEADER = 'x-clientela-sandbox';
/** The query parameter admin calls take instead. */
export const SANDBOX_QUERY = 'sandbox';

/** `url` with `?sandbox=name` appended when a sandbox is given. */
export function withSandbox(url: string, sandbox: string | undefined): string {
  if (!sandbox) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${SANDBOX_QUERY}=${encodeURIComponent(sandbox)}`;
}
