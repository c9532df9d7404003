import type { Contract } from '../contracts/contract.js';

/** One entry of an OpenAPI document's `components.securitySchemes` (apiKey, http, oauth2, openIdConnect). */
export type SecurityScheme = { type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect'; [field: string]: unknown };

/** One security requirement: the schemes an operation needs together, by name. */
export type SecurityRequirement = Record<string, string[]>;

/** What the OpenAPI export learns of an API beyond its contracts: how clients authenticate. */
export type OpenApiSupport = {
  /** `components.securitySchemes`; `apiUrl` is the server URL the document names (mount included). */
  securitySchemes: (apiUrl: string) => Record<string, SecurityScheme>;
  /** The alternatives (any one suffices) an operation accepts; `[]` for none. */
  security: (contract: Contract) => SecurityRequirement[];
};

/**
 * The request headers (lower case) the schemes carry: an apiKey's header, `authorization` for http, oauth2
 * and OpenID Connect. The export leaves them out of the header parameters.
 */
export function schemeHeaders(schemes: Record<string, SecurityScheme>): Set<string> {
  const headers = new Set<string>();
  for (const scheme of Object.values(schemes)) {
    if (scheme.type === 'apiKey' && scheme.in === 'header' && typeof scheme.name === 'string') headers.add(scheme.name.toLowerCase());
    else if (scheme.type !== 'apiKey') headers.add('authorization');
  }
  return headers;
}
