import type { ApiResponse, RouteError } from '../../src/plugin/api-plugin.js';

/** `GET, HEAD, PUT, PATCH` → `GET, HEAD, PUT, and PATCH`, as Rails' `to_sentence` joins them. */
function sentence(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')}${words.length > 2 ? ',' : ''} and ${words.at(-1) ?? ''}`;
}

/**
 * Credere's answer when no route serves a request: the vendor's 404 `Endpoint requested not found` with the
 * nearest operation beside the message; a 405 in Rails' `ActionController::MethodNotAllowed` words.
 * @example renderCredereRouteError({ status: 404, method: 'GET', path: '/credere/api/v1/stores/1', allowed: [], reason: '' }).body
 * // { error: { message: 'Endpoint requested not found', status: 404 } }
 */
export function renderCredereRouteError(error: RouteError): ApiResponse {
  if (error.status === 405) {
    const message = `Only ${sentence(error.allowed)} requests are allowed.`;
    return { status: 405, body: { error: { class: 'ActionController::MethodNotAllowed', message, status: 405, allowed: error.allowed } } };
  }
  return { status: 404, body: { error: { message: 'Endpoint requested not found', status: 404, ...(error.nearest ? { nearest: error.nearest } : {}) } } };
}
