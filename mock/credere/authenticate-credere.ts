import type { Authenticator } from '../../src/plugin/api-plugin.js';
import type { CredereConfig } from './credere-config.js';
import { credereError } from './credere-error-body.js';

/**
 * Credere's bearer check: any non-empty key by default, or one of `config.tokens` when given.
 * @example authenticateCredere({ tokens: ['k1'] })
 */
export function authenticateCredere(config: Pick<CredereConfig, 'tokens'>): Authenticator {
  const accepted = new Set(config.tokens);
  return (request) => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S.*)$/i.exec(header);
    const key = match?.[1]?.trim();
    if (key && (accepted.size === 0 || accepted.has(key))) return undefined;
    return credereError(401, 'Unauthorized');
  };
}
