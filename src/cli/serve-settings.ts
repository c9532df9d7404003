import type { MockServerOptions } from '../../mock/server.js';
import type { ApiPlugin } from '../plugin/api-plugin.js';
import { type CliIo, CliError } from './command.js';
import { parseInstant } from '../time/parse-instant.js';
import { bytesOption, intOption } from './parse-options.js';
import { stateSettings } from './state-settings.js';
import { argsOptions, withEnvironment } from './plugin-options.js';

/** The flags of `clientela serve` every API shares (node:util parseArgs form). */
export const coreServeOptions = {
  port: { type: 'string' },
  host: { type: 'string' },
  seed: { type: 'string' },
  strict: { type: 'boolean' },
  'data-file': { type: 'string' },
  'body-limit': { type: 'string' },
  scenario: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true },
  'scenarios-dir': { type: 'string' },
  'admin-token': { type: 'string' },
  'sandbox-key': { type: 'string' },
  'journal-size': { type: 'string' },
  'sandbox-max': { type: 'string' },
  'sandbox-idle': { type: 'string' },
  'sandbox-memory': { type: 'string' },
  plugin: { type: 'string', multiple: true },
  clock: { type: 'string' },
  'no-cors': { type: 'boolean' },
  state: { type: 'string' },
  workers: { type: 'string' },
} as const;

/** Every flag of `serve`: the shared ones and each API's. */
export function serveOptions(plugins: readonly ApiPlugin[]) {
  return { ...coreServeOptions, ...Object.assign({}, ...plugins.map((plugin) => argsOptions(plugin.cli?.options ?? {}))) } as typeof coreServeOptions;
}

type Values = { [name: string]: string | boolean | string[] | undefined };

/** Everything `serve` decides from its flags and environment, before it builds the mock. */
export type ServeSettings = {
  port: number;
  host: string;
  seed: number;
  adminToken: string | undefined;
  /** Processes serving the port (node:cluster); more than one needs the Redis state. */
  workers: number;
  /** The mock's options, but for scenarios and logging, which the command adds. */
  mock: MockServerOptions & { config: Record<string, object> };
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Each API's configuration from its own flags. */
function apiConfig(plugins: readonly ApiPlugin[], values: Values, env: NodeJS.ProcessEnv): Record<string, object> {
  const config: Record<string, object> = {};
  for (const plugin of plugins) {
    if (!plugin.cli) continue;
    try {
      config[plugin.name] = plugin.cli.configure(withEnvironment(plugin.cli.options, values, env)) as object;
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  }
  return config;
}

/**
 * Reads `serve`'s flags, each falling back to its environment variable and then its default; refuses a host off
 * loopback without an admin token.
 * @example serveSettings(plugins, { port: '0' }, process.env).port // 0
 */
export function serveSettings(plugins: readonly ApiPlugin[], values: Values, env: NodeJS.ProcessEnv): ServeSettings {
  const text = (flag: string, variable?: string): string | undefined => (values[flag] as string | undefined) ?? (variable ? env[variable] : undefined);
  const host = text('host', 'CLIENTELA_HOST') ?? '127.0.0.1';
  const adminToken = text('admin-token', 'CLIENTELA_ADMIN_TOKEN');
  if (!LOOPBACK.has(host) && !adminToken) {
    throw new CliError(`--host ${host} is not loopback: the admin API would be open to the network; give --admin-token (or CLIENTELA_ADMIN_TOKEN)`);
  }
  const sandboxKey = text('sandbox-key', 'CLIENTELA_SANDBOX_KEY');
  const seed = intOption(text('seed', 'CLIENTELA_SEED'), 'seed', 1, { min: 0, max: 2 ** 32 - 1 });
  const dataFile = text('data-file');
  const clock = text('clock', 'CLIENTELA_CLOCK');
  const instant = clock === undefined ? undefined : parseInstant(clock);
  if (instant && !instant.ok) throw new CliError(`--clock: ${instant.reason}`);
  const scenariosDir = text('scenarios-dir');
  const sandboxMemory = bytesOption(text('sandbox-memory', 'CLIENTELA_SANDBOX_MEMORY'), 'sandbox-memory');
  const { state, workers } = stateSettings(text('state', 'CLIENTELA_STATE'), text('workers', 'CLIENTELA_WORKERS'), dataFile);
  return {
    workers,
    port: intOption(text('port', 'PORT'), 'port', 4010, { min: 0, max: 65535 }),
    host,
    seed,
    adminToken,
    mock: {
      plugins,
      seed,
      cors: !(values['no-cors'] as boolean | undefined) && env.CLIENTELA_CORS !== '0',
      strict: (values.strict as boolean | undefined) ?? env.CLIENTELA_STRICT === '1',
      bodyLimit: text('body-limit') ?? '1mb',
      config: apiConfig(plugins, values, env),
      ...(dataFile ? { dataFile } : {}),
      ...(state ? { state } : {}),
      ...(clock ? { clock } : {}),
      ...(scenariosDir ? { scenariosDir } : {}),
      journalSize: intOption(text('journal-size', 'CLIENTELA_JOURNAL_SIZE'), 'journal-size', 1000, { min: 0, max: 100_000 }),
      sandboxes: {
        max: intOption(text('sandbox-max', 'CLIENTELA_SANDBOX_MAX'), 'sandbox-max', 100, { min: 1 }),
        idleMs: intOption(text('sandbox-idle', 'CLIENTELA_SANDBOX_IDLE'), 'sandbox-idle', 1800, { min: 1 }) * 1000,
        ...(sandboxMemory ? { memory: sandboxMemory } : {}),
      },
      ...(adminToken ? { adminToken } : {}),
      ...(sandboxKey ? { sandboxKeys: [sandboxKey] } : {}),
    },
  };
}

/** What `serve` prints once listening: each API's mount and how to authenticate (its plug-in's line). */
export function printBanner(io: CliIo, base: string, settings: ServeSettings, apis: ReadonlyArray<{ plugin: ApiPlugin; config: unknown }>): void {
  const clock = settings.mock.clock ? `, default sandbox clock from ${settings.mock.clock}` : '';
  const backend = settings.mock.state ? `, state in ${redactedUrl(settings.mock.state)}` : '';
  const workers = settings.workers > 1 ? `, ${settings.workers} workers` : '';
  io.out(`clientela listening on ${base} (seed ${settings.seed}${clock}${backend}${workers})`);
  for (const { plugin, config } of apis) {
    const label = (plugin.cli?.label ?? plugin.name).padEnd(11);
    const how = plugin.cli ? `  ${plugin.cli.banner(config)}` : '';
    io.out(`  ${label}  ${base}${plugin.mount}${how}`);
  }
  io.out(`  ${'Admin'.padEnd(11)}  ${base}/__admin  ${settings.adminToken ? 'needs the admin token' : 'open (loopback only)'}`);
  if (!LOOPBACK.has(settings.host)) io.out(`  warning: listening on ${settings.host}, reachable from other machines`);
}

/** A URL without its password (a Redis URL may carry one). */
function redactedUrl(text: string): string {
  const url = new URL(text);
  if (url.password) url.password = '***';
  return url.toString();
}
