import type { CliSupport, OptionValues } from '../../../src/plugin/api-plugin.js';
import { intOption } from '../../../src/cli/parse-options.js';
import { defaultFirstVisionConfig, type FirstVisionConfig } from '../firstvision-config.js';

const PAN_DISPLAYS: ReadonlyArray<FirstVisionConfig['panDisplay']> = ['masked', 'token', 'full'];

function panDisplay(value: string | undefined): FirstVisionConfig['panDisplay'] {
  if (value === undefined) return 'masked';
  const known = PAN_DISPLAYS.find((mode) => mode === value);
  if (!known) throw new Error(`--pan-display must be ${PAN_DISPLAYS.slice(0, -1).join(', ')} or ${PAN_DISPLAYS.at(-1)}, got "${value}"`);
  return known;
}

/** The FirstVision configuration `serve`'s flags ask for (each already falling back to its environment variable). */
function configure(values: OptionValues): Partial<FirstVisionConfig> {
  const text = (name: string) => values[name] as string | undefined;
  const organizations = text('organizations');
  return {
    apiKey: text('api-key') ?? defaultFirstVisionConfig.apiKey,
    apiSecret: text('api-secret') ?? defaultFirstVisionConfig.apiSecret,
    tokenTtlSeconds: intOption(text('token-ttl'), 'token-ttl', 900, { min: 1 }),
    requireSignature: values['require-signature'] === true,
    panDisplay: panDisplay(text('pan-display')),
    signatureWindowMs: 1000 * intOption(text('signature-window'), 'signature-window', 300, { min: 1 }),
    ...(organizations ? { organizationsFile: organizations } : {}),
  };
}

/**
 * FirstVision's flags of `clientela serve` and its banner line. The built-in credentials are shown to help;
 * configured ones are not echoed.
 */
export const firstVisionCli: CliSupport<FirstVisionConfig> = {
  label: 'FirstVision',
  options: {
    'api-key': { type: 'string', env: 'CLIENTELA_FV_API_KEY', usage: '--api-key K', description: 'the FirstVision API key (default clientela-key)' },
    'api-secret': { type: 'string', env: 'CLIENTELA_FV_API_SECRET', usage: '--api-secret S', description: 'its secret (default clientela-secret)' },
    'token-ttl': { type: 'string', env: 'CLIENTELA_FV_TOKEN_TTL', usage: '--token-ttl SECONDS', description: 'lifetime of issued tokens (default 900)' },
    'require-signature': { type: 'boolean', env: 'CLIENTELA_REQUIRE_SIGNATURE', usage: '--require-signature', description: 'every FirstVision call must carry a valid HMAC Signature' },
    'pan-display': { type: 'string', env: 'CLIENTELA_PAN_DISPLAY', usage: '--pan-display masked|token|full', description: 'how card numbers leave the mock (default masked)' },
    'signature-window': { type: 'string', env: 'CLIENTELA_FV_SIGNATURE_WINDOW', usage: '--signature-window SECONDS', description: 'accepted Timestamp skew and request-id memory (default 300)' },
    organizations: { type: 'string', env: 'CLIENTELA_FV_ORGANIZATIONS', usage: '--organizations FILE', description: 'organizations data replacing data/firstvision/organizations.json' },
  },
  configure,
  banner: (config) => {
    const isDefault = config.apiKey === defaultFirstVisionConfig.apiKey && config.apiSecret === defaultFirstVisionConfig.apiSecret;
    const credentials = isDefault ? `apikey "${config.apiKey}", secret "${config.apiSecret}"` : 'the apikey and secret you configured';
    return `${credentials}, any 5-character X-ClientID`;
  },
};
