import type { ApiPlugin, ApiRuntime } from '../src/plugin/api-plugin.js';

/** One plug-in as built for one server: its runtime, configuration and mount. */
export type MountedApi = {
  readonly plugin: ApiPlugin;
  readonly runtime: ApiRuntime<unknown>;
  readonly config: unknown;
  readonly mount: string;
};

/**
 * Builds every plug-in for one server, with the configuration given for it (by plug-in name) over its defaults.
 * Two plug-ins with one name or one mount are refused.
 * @example mountApis(builtInPlugins, { credere: { tokens: ['k'] } })
 */
export function mountApis(plugins: readonly ApiPlugin[], config: Record<string, object | undefined> = {}): MountedApi[] {
  const names = new Set<string>();
  const mounts = new Set<string>();
  return plugins.map((plugin) => {
    if (names.has(plugin.name)) throw new Error(`two plug-ins are named ${plugin.name}`);
    if (mounts.has(plugin.mount)) throw new Error(`two plug-ins are mounted at ${plugin.mount}`);
    names.add(plugin.name);
    mounts.add(plugin.mount);
    const merged = { ...(plugin.defaultConfig as object), ...config[plugin.name] };
    return { plugin, runtime: plugin.create(merged), config: merged, mount: plugin.mount };
  });
}

/** The API whose mount `path` lies under, with the path relative to the mount (a trailing slash ignored). */
export function apiOfPath(apis: readonly MountedApi[], path: string): { api: MountedApi; path: string } | undefined {
  for (const api of apis) {
    if (path.length <= api.mount.length || !path.startsWith(api.mount) || path[api.mount.length] !== '/') continue;
    const rest = path.slice(api.mount.length);
    return { api, path: rest.length > 1 && rest.endsWith('/') ? rest.slice(0, -1) : rest };
  }
  return undefined;
}
