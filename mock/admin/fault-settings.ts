import { checkAdminBody } from './check-admin-body.js';

/** A delay: always `fixedMs`, or uniform between `minMs` and `maxMs`. */
export type Latency = { fixedMs: number } | { minMs: number; maxMs: number };

/** A rule narrows faults to some requests; its fields override the global ones for them. */
export type FaultRule = {
  operationId?: string;
  method?: string;
  /** A substring of the request path (mount included), e.g. `/credere/api/v1/customers`. */
  path?: string;
  latency?: Latency;
  errorRate?: number;
  errorStatus?: 500 | 503;
  /** Answer this status and body instead of the API's own error (rate 1 unless `errorRate` says otherwise). */
  status?: number;
  body?: unknown;
};

/** What `PUT /__admin/faults` takes. */
export type FaultSettings = {
  latency?: Latency;
  errorRate?: number;
  errorStatus?: 500 | 503;
  /** Seed of the error-rate draws and latency ranges; default the server's seed. */
  seed?: number;
  rules?: FaultRule[];
};

const latency = {
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['fixedMs'], properties: { fixedMs: { type: 'integer', minimum: 0, maximum: 60_000 } } },
    {
      type: 'object',
      additionalProperties: false,
      required: ['minMs', 'maxMs'],
      properties: { minMs: { type: 'integer', minimum: 0, maximum: 60_000 }, maxMs: { type: 'integer', minimum: 0, maximum: 60_000 } },
    },
  ],
};
const errorRate = { type: 'number', minimum: 0, maximum: 1 };
const errorStatus = { enum: [500, 503] };

/** The JSON Schema of fault settings. */
export const faultSettingsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    latency,
    errorRate,
    errorStatus,
    seed: { type: 'integer' },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          operationId: { type: 'string' },
          method: { type: 'string' },
          path: { type: 'string' },
          latency,
          errorRate,
          errorStatus,
          status: { type: 'integer', minimum: 100, maximum: 599 },
          body: {},
        },
      },
    },
  },
} as const;

/**
 * Checks fault settings; returns them or the reasons they are refused (never throws).
 * @example checkFaultSettings({ errorRate: 0.5, errorStatus: 503 })
 */
export function checkFaultSettings(value: unknown): { ok: true; settings: FaultSettings } | { ok: false; errors: string[] } {
  const checked = checkAdminBody<FaultSettings>(faultSettingsSchema, value);
  if (!checked.ok) return checked;
  const settings = checked.value;
  const errors: string[] = [];
  const ranges = [settings.latency, ...(settings.rules ?? []).map((rule) => rule.latency)];
  ranges.forEach((range) => {
    if (range && 'minMs' in range && range.minMs > range.maxMs) errors.push(`latency minMs ${range.minMs} is above maxMs ${range.maxMs}`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, settings };
}
