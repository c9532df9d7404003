import { createHash, timingSafeEqual } from 'node:crypto';
import { ProblemError } from '../../src/problems/problem.js';

/** The header that carries the key allowing a caller to create a sandbox. */
export const SANDBOX_KEY_HEADER = 'x-clientela-sandbox-key';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * A check run before a request creates a new sandbox: with keys configured (the mock is exposed: an admin token
 * or `--sandbox-key`), the caller must present one of them (compared in constant time), else a 403 problem that
 * says what to do. Without keys, everything passes (loopback, no token).
 * @example sandboxKeyCheck(['k'])('ci-1', 'k')
 */
export function sandboxKeyCheck(keys: readonly string[] | undefined): (sandbox: string, presented: unknown) => void {
  const expected = (keys ?? []).filter(Boolean).map(digest);
  return (sandbox, presented) => {
    if (expected.length === 0 || sandbox === 'default') return;
    const given = typeof presented === 'string' && presented ? digest(presented) : undefined;
    if (given && expected.some((key) => timingSafeEqual(key, given))) return;
    throw new ProblemError('sandbox-key-required', `sandbox ${sandbox} does not exist; to create it send ${SANDBOX_KEY_HEADER}: <sandbox key> (set with --sandbox-key or CLIENTELA_SANDBOX_KEY) or the admin token, or create it with the admin API`);
  };
}
