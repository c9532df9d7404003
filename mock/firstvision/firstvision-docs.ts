import type { DocsSupport } from '../../src/plugin/docs-support.js';
import type { FirstVisionConfig } from './firstvision-config.js';

/** The organization of the default reference data, as the 5-character `X-ClientID` the docs send. */
const DOCS_CLIENT_ID = '00970';

/**
 * What `GET /__docs` pre-fills for FirstVision: the configured API key and secret (Basic on the token operation),
 * an `X-ClientID`, and a bearer token the page fetches from the token operation with those credentials.
 */
export const firstVisionDocs: DocsSupport<FirstVisionConfig> = (config) => ({
  authorize: {
    apikey: config.apiKey,
    clientId: DOCS_CLIENT_ID,
    basic: { username: config.apiKey, password: config.apiSecret },
  },
  token: {
    path: '/fvlatam/token',
    headers: {
      apikey: config.apiKey,
      authorization: `Basic ${Buffer.from(`${config.apiKey}:${config.apiSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
    field: 'access_token',
    scheme: 'bearer',
  },
});
