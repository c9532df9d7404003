import type { Request } from 'express';
import type { ApiErrorRenderer, ApiResponse } from '../../src/plugin/api-plugin.js';
import type { CompiledContract } from '../../src/validation/compile-contract.js';
import type { World } from '../world.js';

/** What a step that may answer before the handler sees: the operation, the request, the world, the API's errors. */
export type InterceptorContext = { compiled: CompiledContract; request: Request; world: World; errors: ApiErrorRenderer };

/**
 * A step that may answer a request before its handler runs (fault injection, `Prefer` overrides). Returns a
 * response to short-circuit, or undefined to go on. Its answers are on purpose outside the contract: strict mode
 * does not check them.
 */
export type Interceptor = (context: InterceptorContext) => Promise<ApiResponse | undefined> | ApiResponse | undefined;
