import { signRequest, type Signer } from './client/sign-request.js';

/** How the FirstVision mock behaves; every field has a default in `defaultFirstVisionConfig`. */
export type FirstVisionConfig = {
  /** Accepted API key and its secret (Basic auth on the token endpoint, HMAC key). */
  apiKey: string;
  apiSecret: string;
  /** Lifetime of issued bearer tokens, in seconds. */
  tokenTtlSeconds: number;
  /** Verify a `Signature` on every request, not only when one is sent. */
  requireSignature: boolean;
  /** How card numbers leave the mock: masked (`0581xxxxxxx5846`), a 19-character token, or in full. */
  panDisplay: 'masked' | 'token' | 'full';
  /** Computes the expected `Signature` (replaceable: the vendor does not publish its formula). */
  signer: Signer;
  /** Accepted distance between the `Timestamp` header and now, and how long a request id stays used. */
  signatureWindowMs: number;
  /** A data file replacing data/firstvision/organizations.json. */
  organizationsFile?: string;
};

export const defaultFirstVisionConfig: FirstVisionConfig = {
  apiKey: 'clientela-key',
  apiSecret: 'clientela-secret',
  tokenTtlSeconds: 900,
  requireSignature: false,
  panDisplay: 'masked',
  signer: signRequest,
  signatureWindowMs: 5 * 60_000,
};
