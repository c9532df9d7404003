import type { Request, Response } from 'express';
import type { CompiledContract } from '../../src/validation/compile-contract.js';
import type { RequestInput } from '../../src/validation/validate-request.js';
import type { MountedApi } from '../mounted-api.js';
import type { World } from '../world.js';

/**
 * Everything the pipeline knows of one API request, filled in step by step: the matched operation first, then the
 * raw body, the parsed body, the validated values, the world. Typed, and private to the pipeline.
 */
export type RequestContext = {
  readonly request: Request;
  readonly response: Response;
  readonly api: MountedApi;
  readonly compiled: CompiledContract;
  /** Path parameters, decoded, from the one match. */
  readonly params: Record<string, string>;
  readonly sandbox: string;
  readonly started: number;
  raw: Buffer | undefined;
  body: unknown;
  values: Required<RequestInput> | undefined;
  world: World | undefined;
};
