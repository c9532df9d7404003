import type { ApiPlugin, ReplayAuthenticator } from '../plugin/api-plugin.js';
import { SANDBOX_HEADER } from './sandbox-url.js';

/** The provider's own credentials, which replace whatever a consumer recorded in its pact. */
export type ProviderCredentials = {
  /** Each API's credentials, by plug-in name, as its `testing.verify.credentials` made them. */
  apis: Record<string, unknown>;
  /** The mock's admin token, when it was started with `--admin-token` (provider states and resets need it). */
  adminToken?: string;
};

type Headers = Record<string, string | string[] | undefined>;
type Mounted = { mount: string; auth: ReplayAuthenticator };

/**
 * Makes a replayed pact request authenticate against the provider: the plug-in whose mount the path is under
 * rewrites its credentials (fresh tokens, signatures); every request carries the sandbox header when there is one.
 * @example const auth = new ReplayAuth(url, plugins, credentials); Object.assign(headers, await auth.headersFor(path, headers, body))
 */
export class ReplayAuth {
  readonly #apis: Mounted[];
  readonly #sandbox: string | undefined;

  constructor(baseUrl: string, plugins: readonly ApiPlugin[], credentials: ProviderCredentials, sandbox?: string) {
    this.#sandbox = sandbox;
    const sandboxFetch: typeof fetch = (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), ...(sandbox ? { [SANDBOX_HEADER]: sandbox } : {}) } });
    const session = { baseUrl, fetch: (url: string, init: RequestInit) => sandboxFetch(url, init) };
    this.#apis = plugins.flatMap((plugin) => (plugin.testing ? [{ mount: plugin.mount, auth: plugin.testing.replayAuth(session, credentials.apis[plugin.name]) }] : []));
  }

  /** Drops cached tokens (the provider was reset). */
  forget(): void {
    for (const { auth } of this.#apis) auth.forget();
  }

  /** The headers to overwrite on a replayed request (names lower case). */
  async headersFor(path: string, headers: Headers, body: Buffer): Promise<Record<string, string>> {
    const out: Record<string, string> = this.#sandbox ? { [SANDBOX_HEADER]: this.#sandbox } : {};
    const api = this.#apis.find(({ mount }) => path.startsWith(`${mount}/`));
    if (!api) return out;
    return { ...out, ...(await api.auth.headersFor(path.slice(api.mount.length), headers, body)) };
  }
}
