/** A value for Swagger UI's Authorize dialog: an API key or bearer token, or HTTP Basic user and password. */
export type DocsCredential = string | { username: string; password: string };

/** A request the docs page makes itself to get a bearer token, and where the token is in its JSON answer. */
export type DocsTokenRequest = {
  /** Relative to the API's mount, e.g. `/acme/token`. */
  path: string;
  headers: Record<string, string>;
  /** The raw request body. */
  body: string;
  /** The answer's field holding the token, e.g. `access_token`. */
  field: string;
  /** The security scheme the token is authorized under. */
  scheme: string;
};

/** What `GET /__docs` pre-fills for an API, from its configuration: Authorize values by security scheme name. */
export type DocsSupport<C> = (config: C) => { authorize: Record<string, DocsCredential>; token?: DocsTokenRequest };
