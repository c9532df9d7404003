import type { ApiModule } from '../api-module.js';
import type { FirstVisionConfig } from './firstvision-config.js';
import { firstVisionErrors } from './render-firstvision-error.js';

/** The FirstVision API: its handlers, error format and authentication. */
export function createFirstVisionModule(_config: FirstVisionConfig): ApiModule {
  return { api: 'firstvision', handlers: {}, errors: firstVisionErrors, authenticate: () => undefined };
}
