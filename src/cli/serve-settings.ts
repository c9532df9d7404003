import type { MockServerOptions } from '../../mock/server.js';
import { defaultFirstVisionConfig, type FirstVisionConfig } from '../../mock/firstvision/firstvision-config.js';
import { apiMounts } from '../contracts/api-mounts.js';
import { type CliIo, CliError } from './command.js';
import { intOption } from './parse-options.js';

/** The flags of `clientela serve` (node:util parseArgs form). */
export const serveOptions = {
  port: { type: 'string' },
  host: { type: 'string' },
  seed: { type: 'string' },
  strict: { type: 'boolean' },
  'data-file': { type: 'string' },
  'body-limit': { type: 'string' },
  'api-key': { type: 'string' },
  'api-secret': { type: 'string' },
  'token-ttl': { type: 'string' },
  'require-signature': { type: 'boolean' },
  'credere-token': { type: 'string', multiple: true },
  'replace-collections': { type: 'boolean' },
  'pan-display': { type: 'string' },
  'bank-requirements': { type: 'string' },
  scenario: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true },
  'scenarios-dir': { type: 'string' },
  'admin-token': { type: 'string' },
  'journal-size': { type: 'string' },
  'sandbox-max': { type: 'string' },
  'sandbox-idle': { type: 'string' },
  'signature-window': { type: 'string' },
  organizations: { type: 'string' },
} as const;

type Values = { [name: string]: string | boolean | string[] | undefined };

/** Everything `serve` decides from its flags and environment, before it builds the mock. */
export type ServeSettings = {
  port: number;
  host: string;
  seed: number;
  adminToken: string | undefined;
  credereTokens: string[];
  firstvision: Partial<FirstVisionConfig> & Pick<FirstVisionConfig, 'apiKey' | 'apiSecret'>;
  /** The mock's options, but for scenarios and logging, which the command adds. */
  mock: MockServerOptions;
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function panDisplay(value: string | undefined): 'masked' | 'token' | 'full' {
  if (value === undefined) return 'masked';
  if (value === 'masked' || value === 'token' || value === 'full') return value;
  throw new CliError(`--pan-display must be masked, token or full, got "${value}"`);
}

/**
 * Reads `serve`'s flags, each falling back to its environment variable and then its default; refuses a host off
 * loopback without an admin token.
 * @example serveSettings({ port: '0' }, process.env).port // 0
 */
export function serveSettings(values: Values, env: NodeJS.ProcessEnv): ServeSettings {
  const text = (flag: string, variable?: string): string | undefined => (values[flag] as string | undefined) ?? (variable ? env[variable] : undefined);
  const flag = (name: string, variable: string): boolean => (values[name] as boolean | undefined) ?? env[variable] === '1';
  const host = text('host', 'CLIENTELA_HOST') ?? '127.0.0.1';
  const adminToken = text('admin-token', 'CLIENTELA_ADMIN_TOKEN');
  if (!LOOPBACK.has(host) && !adminToken) {
    throw new CliError(`--host ${host} is not loopback: the admin API would be open to the network; give --admin-token (or CLIENTELA_ADMIN_TOKEN)`);
  }
  const seed = intOption(text('seed', 'CLIENTELA_SEED'), 'seed', 1, { min: 0, max: 2 ** 32 - 1 });
  const credereTokens = (values['credere-token'] as string[] | undefined) ?? (env.CLIENTELA_CREDERE_TOKENS ? env.CLIENTELA_CREDERE_TOKENS.split(',') : []);
  const organizations = text('organizations', 'CLIENTELA_FV_ORGANIZATIONS');
  const firstvision = {
    apiKey: text('api-key', 'CLIENTELA_FV_API_KEY') ?? defaultFirstVisionConfig.apiKey,
    apiSecret: text('api-secret', 'CLIENTELA_FV_API_SECRET') ?? defaultFirstVisionConfig.apiSecret,
    tokenTtlSeconds: intOption(text('token-ttl', 'CLIENTELA_FV_TOKEN_TTL'), 'token-ttl', 900, { min: 1 }),
    requireSignature: flag('require-signature', 'CLIENTELA_REQUIRE_SIGNATURE'),
    panDisplay: panDisplay(text('pan-display', 'CLIENTELA_PAN_DISPLAY')),
    signatureWindowMs: 1000 * intOption(text('signature-window', 'CLIENTELA_FV_SIGNATURE_WINDOW'), 'signature-window', 300, { min: 1 }),
    ...(organizations ? { organizationsFile: organizations } : {}),
  };
  const bankRequirementsFile = text('bank-requirements', 'CLIENTELA_BANK_REQUIREMENTS');
  const dataFile = text('data-file');
  const scenariosDir = text('scenarios-dir');
  return {
    port: intOption(text('port', 'PORT'), 'port', 4010, { min: 0, max: 65535 }),
    host,
    seed,
    adminToken,
    credereTokens,
    firstvision,
    mock: {
      seed,
      strict: flag('strict', 'CLIENTELA_STRICT'),
      bodyLimit: text('body-limit') ?? '1mb',
      firstvision,
      credere: { tokens: credereTokens, replaceCollections: flag('replace-collections', 'CLIENTELA_REPLACE_COLLECTIONS'), ...(bankRequirementsFile ? { bankRequirementsFile } : {}) },
      ...(dataFile ? { dataFile } : {}),
      ...(scenariosDir ? { scenariosDir } : {}),
      journalSize: intOption(text('journal-size', 'CLIENTELA_JOURNAL_SIZE'), 'journal-size', 1000, { min: 0, max: 100_000 }),
      sandboxes: {
        max: intOption(text('sandbox-max', 'CLIENTELA_SANDBOX_MAX'), 'sandbox-max', 100, { min: 1 }),
        idleMs: intOption(text('sandbox-idle', 'CLIENTELA_SANDBOX_IDLE'), 'sandbox-idle', 1800, { min: 1 }) * 1000,
      },
      ...(adminToken ? { adminToken } : {}),
    },
  };
}

/** What `serve` prints once listening. The built-in credentials are shown to help; configured ones are not echoed. */
export function printBanner(io: CliIo, base: string, settings: ServeSettings): void {
  const { firstvision } = settings;
  const isDefault = firstvision.apiKey === defaultFirstVisionConfig.apiKey && firstvision.apiSecret === defaultFirstVisionConfig.apiSecret;
  const credentials = isDefault ? `apikey "${firstvision.apiKey}", secret "${firstvision.apiSecret}"` : 'the apikey and secret you configured';
  const credere = settings.credereTokens.length ? `${settings.credereTokens.length} accepted bearer key(s)` : 'any non-empty bearer key';
  io.out(`clientela listening on ${base} (seed ${settings.seed})`);
  io.out(`  FirstVision  ${base}${apiMounts.firstvision}  ${credentials}, any 5-character X-ClientID`);
  io.out(`  Credere      ${base}${apiMounts.credere}  ${credere}`);
  io.out(`  Admin        ${base}/__admin  ${settings.adminToken ? 'needs the admin token' : 'open (loopback only)'}`);
  if (!LOOPBACK.has(settings.host)) io.out(`  warning: listening on ${settings.host}, reachable from other machines`);
}
