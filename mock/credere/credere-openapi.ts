import type { OpenApiSupport } from '../../src/plugin/openapi-support.js';

/** Credere's security in the OpenAPI export: every operation takes the account's access key as a bearer token. */
export const credereOpenApi: OpenApiSupport = {
  securitySchemes: () => ({
    bearer: { type: 'http', scheme: 'bearer', description: 'The account access key (the mock accepts any non-empty key unless --credere-token lists some).' },
  }),
  security: () => [{ bearer: [] }],
};
