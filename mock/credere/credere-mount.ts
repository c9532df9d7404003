/** Where the mock serves Credere; contract paths (and the client's paths) are relative to it. */
export const credereMount = '/credere/api/v1';
