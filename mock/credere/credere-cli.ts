import type { CliSupport, OptionValues } from '../../src/plugin/api-plugin.js';
import type { CredereConfig } from './credere-config.js';

/** A list flag: as given (`--credere-token a --credere-token b`), or its environment fallback split at commas. */
function tokensOf(value: OptionValues[string]): string[] {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value !== '' ? value.split(',') : [];
}

/** A boolean flag, or its environment fallback, on when `1`. */
function switchOf(value: OptionValues[string]): boolean {
  return value === true || value === '1';
}

/** Credere's flags of `clientela serve` and its line of the start-up banner. */
export const credereCli: CliSupport<CredereConfig> = {
  label: 'Credere',
  options: {
    'credere-token': { type: 'string', multiple: true, env: 'CLIENTELA_CREDERE_TOKENS', usage: '[--credere-token KEY]...', description: 'an accepted Credere bearer key (repeatable; default: any)' },
    'replace-collections': { type: 'boolean', env: 'CLIENTELA_REPLACE_COLLECTIONS', usage: '[--replace-collections]', description: 'collections sent in an update replace the stored ones' },
    'lenient-updates': { type: 'boolean', env: 'CLIENTELA_LENIENT_UPDATES', usage: '[--lenient-updates]', description: 'an update without bank_validations checks no bank (default: every integrated bank, as on create)' },
    'bank-requirements': { type: 'string', env: 'CLIENTELA_BANK_REQUIREMENTS', usage: '[--bank-requirements FILE]', description: 'per-bank required fields replacing data/credere/bank-requirements.json' },
  },
  configure: (values) => {
    const file = values['bank-requirements'];
    return {
      tokens: tokensOf(values['credere-token']),
      replaceCollections: switchOf(values['replace-collections']),
      lenientUpdates: switchOf(values['lenient-updates']),
      ...(typeof file === 'string' && file !== '' ? { bankRequirementsFile: file } : {}),
    };
  },
  banner: (config) => (config.tokens.length ? `${config.tokens.length} accepted bearer key(s)` : 'any non-empty bearer key'),
};
