import type { ApiErrorRenderer, ApiResponse } from '../../src/plugin/api-plugin.js';
import type { DomainError } from '../../src/plugin/domain-error.js';
import { type BankNamer, codeOnly } from './bank-namer.js';
import { credereBadRequest, credereError, credereNotFound, credereValidationError } from './credere-error-body.js';
import type { InvalidDetail, NotFoundDetail } from './credere-domain-error.js';
import { type FieldLabels, labelsFor } from './field-labels.js';
import { renderCredereRouteError } from './render-credere-route-error.js';
import { renderValidation } from './render-validation.js';

const FAILURE_TITLES = { 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout', 507: 'Insufficient Storage' } as const;

/**
 * Credere's answer to a refused rule: `not-found` → 404 RecordNotFound, `invalid` → 422 ModelValidationError in
 * Portuguese, `bad-request` → 400 BadRequest. Needs no contract, so scenario steps word their failures with it.
 * @example renderDomainError(notFound('Customer', 7), labels).status // 404
 */
export function renderDomainError(error: DomainError, labels: FieldLabels, names: BankNamer = codeOnly): ApiResponse {
  switch (error.code) {
    case 'not-found': {
      const { model, id } = error.detail as NotFoundDetail;
      return credereNotFound(model, id);
    }
    case 'invalid': {
      const { errors } = error.detail as InvalidDetail;
      return credereValidationError(errors, labelsFor(labels, errors), names);
    }
    case 'bad-request':
      return credereBadRequest(error.message);
    default:
      return credereError(500, `Internal Server Error: ${error.message}`);
  }
}

/**
 * Credere's renderer for every error, its Portuguese labels computed once (from the contracts' titles), banks
 * named by `names`.
 * @example credereErrors(loadFieldLabels(dir)).malformed(415, 'use application/json').status // 415
 */
export function credereErrors(labels: FieldLabels, names: BankNamer = codeOnly): ApiErrorRenderer {
  return {
    validation: renderValidation(labels, names),
    malformed: (status, reason) => {
      const kind = status === 400 ? 'ActionDispatch::Http::Parameters::ParseError' : status === 413 ? 'PayloadTooLarge' : 'UnsupportedMediaType';
      return credereError(status, reason, { class: kind });
    },
    failure: (status, reason) => credereError(status, `${FAILURE_TITLES[status]}: ${reason}`),
    // Credere's contracts carry no error catalogue: its error bodies come from their examples or their schema.
    catalogued: () => undefined,
    domain: (error) => renderDomainError(error, labels, names),
    route: renderCredereRouteError,
  };
}
