import type { ApiResponse } from '../../src/plugin/api-plugin.js';
import type { RequestContext } from './request-context.js';

/** An answer on its way out: its JSON text when it is known already (the read cache), and whether strict mode checks it. */
export type Outcome = ApiResponse & { text?: string; unchecked?: boolean };

/** One step of the pipeline: answers to end the request, or undefined to go on. Synchronous where it can be. */
export type Step = (context: RequestContext) => Outcome | undefined | Promise<Outcome | undefined>;
