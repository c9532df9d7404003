import type { ApiResponse } from '../../src/plugin/api-plugin.js';
import type { RequestContext } from './request-context.js';

/** An answer on its way out, and whether strict mode checks it. */
export type Outcome = ApiResponse & { unchecked?: boolean };

/** One step of the pipeline: answers to end the request, or undefined to go on. Synchronous where it can be. */
export type Step = (context: RequestContext) => Outcome | undefined | Promise<Outcome | undefined>;
