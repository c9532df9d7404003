import type { ApiResponse } from './api-module.js';

/**
 * A domain error, already rendered in its API's own format by that API's renderer; the pipeline sends it as is.
 * @example throw new ApiError(vplError(compiled, 'VPL5SCA07E'))
 */
export class ApiError extends Error {
  readonly response: ApiResponse;

  constructor(response: ApiResponse) {
    super(`API error ${response.status}`);
    this.name = 'ApiError';
    this.response = response;
  }
}
