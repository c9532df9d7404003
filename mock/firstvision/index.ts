/**
 * `clientela/firstvision`: the FirstVision plug-in, its typed client, request signing and the generated types.
 * @example import { FirstVisionClient } from 'clientela/firstvision'; await new FirstVisionClient({ baseUrl, apiKey, apiSecret, clientId: '00970' }).requestToken()
 */
export { firstVision } from './firstvision-plugin.js';
export { defaultFirstVisionConfig, type FirstVisionConfig } from './firstvision-config.js';
export { FirstVisionClient, type FirstVisionClientOptions } from './client/firstvision-client.js';
export { type FirstVisionSignature, signFirstVisionRequest } from './client/sign-firstvision-request.js';
export { type SignatureInput, type Signer, signRequest } from './client/sign-request.js';
export type * from './client/firstvision-api.js';
