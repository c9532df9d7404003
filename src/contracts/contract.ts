/** A JSON Schema 2020-12 document or sub-schema, as plain data. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/** The name of a mocked API: its plug-in's name, its folder under `contracts/`. */
export type ApiName = string;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A parameter group (headers, path params or query) as an object schema. */
export type ParameterSchema = {
  type: 'object';
  properties: Record<string, JsonSchema>;
  required?: string[];
  [keyword: string]: unknown;
};

export type ContractResponse = { description: string; headers?: ParameterSchema; body?: JsonSchema };

/** One entry of an API's own error catalogue (e.g. VPL message codes); `origin` is set when the vendor does not publish the code for this operation (clientela's own, or borrowed from another operation). */
export type ErrorCode = { code: string; description: string; status?: number; pointer?: string; origin?: string };

export type ContractExample = {
  name: string;
  source?: string;
  request?: { headers?: Record<string, string>; params?: Record<string, string>; query?: Record<string, string>; body?: unknown };
  response?: { status: number; body?: unknown };
};

/** One endpoint of one API, as declared in `contracts/<api>/<file>.json`. */
export type Contract = {
  api: ApiName;
  operationId: string;
  method: HttpMethod;
  path: string;
  aliases?: string[];
  summary: string;
  description?: string;
  tags?: string[];
  safe?: boolean;
  source?: string;
  request: {
    headers?: ParameterSchema;
    params?: ParameterSchema;
    query?: ParameterSchema;
    contentType?: 'application/json' | 'application/x-www-form-urlencoded';
    body?: JsonSchema;
    /** Body strings of plain digits (or `true`/`false`) are read as the number or boolean the schema wants, as Rails casts parameters. */
    coerceBody?: boolean;
  };
  responses: Record<string, ContractResponse>;
  errors?: ErrorCode[];
  examples?: ContractExample[];
  /** Absolute path of the file the contract was read from. */
  file: string;
};

/** The request parts a contract describes, in the order they are validated. */
export const requestParts = ['headers', 'params', 'query', 'body'] as const;
export type RequestPart = (typeof requestParts)[number];

/** True when the operation changes nothing: GET, or a contract that says `"safe": true`. */
export function isSafe(contract: Contract): boolean {
  return contract.safe ?? contract.method === 'GET';
}
