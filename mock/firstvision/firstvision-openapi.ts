import type { OpenApiSupport, SecurityRequirement } from '../../src/plugin/openapi-support.js';

/** The product segment of the token URL the exported document points OAuth2 clients at. */
const TOKEN_PRODUCT = 'fvlatam';

/**
 * FirstVision's security in the OpenAPI export: every business call carries the `apikey` and `X-ClientID`
 * headers and a bearer token from the token endpoint (`bearer` for a token pasted in, `oauth2` for tools that
 * fetch it with client credentials); the token endpoint itself takes the `apikey` and HTTP Basic
 * (`apikey:secret`).
 */
export const firstVisionOpenApi: OpenApiSupport = {
  securitySchemes: (apiUrl) => ({
    apikey: { type: 'apiKey', in: 'header', name: 'apikey', description: 'API key issued to the client (mock default: clientela-key).' },
    clientId: { type: 'apiKey', in: 'header', name: 'X-ClientID', description: 'Client identifier, five characters (e.g. 00970).' },
    bearer: { type: 'http', scheme: 'bearer', description: 'The access_token answered by the token operation.' },
    oauth2: {
      type: 'oauth2',
      description: 'Client credentials: the API key as client id, its secret as client secret (mock defaults: clientela-key / clientela-secret).',
      flows: { clientCredentials: { tokenUrl: `${apiUrl}/${TOKEN_PRODUCT}/token`, scopes: {} } },
    },
    basic: { type: 'http', scheme: 'basic', description: 'The token operation only: the API key as user name and its secret as password.' },
  }),
  security: (contract): SecurityRequirement[] =>
    contract.operationId === 'token'
      ? [{ apikey: [], basic: [] }]
      : [
          { apikey: [], clientId: [], bearer: [] },
          { apikey: [], clientId: [], oauth2: [] },
        ],
};
