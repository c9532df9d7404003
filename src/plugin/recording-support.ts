/** The kinds of personal data a recording replaces with seeded fakes (see `PersonalMasker`). */
export type PersonalKind = 'document' | 'pan' | 'name' | 'email' | 'phone' | 'street' | 'postalCode';

/** One exchange that went through the recording proxy, its personal data already masked. */
export type RecordedExchange = {
  operationId: string;
  /** Path parameters, by name. */
  params: Record<string, string>;
  query: Record<string, unknown>;
  /** The parsed request body (undefined when none). */
  requestBody: unknown;
  status: number;
  responseBody: unknown;
};

/**
 * What the recording proxy (`clientela proxy --record`) learns of an API: which fields are personal, and how the
 * traffic becomes the API's part of a scenario. The proxy masks every field named in `personal` (at any depth, in
 * bodies and query strings) before `scenario` sees it, so a plug-in never handles an original value.
 */
export type RecordingSupport = {
  /** JSON keys (compared as written) whose string or number values are personal, and their kind. */
  personal: Record<string, PersonalKind>;
  /** The API's scenario part for these exchanges (in the order they happened), or undefined when they make no entity. */
  scenario: (exchanges: readonly RecordedExchange[]) => unknown;
};
