import { DomainError } from '../../src/plugin/domain-error.js';
import type { BankNamer } from './bank-namer.js';
import type { FieldLabels } from './field-labels.js';
import { renderDomainError } from './render-credere-error.js';

/**
 * How a failed scenario step words a Credere error: a refused rule as the JSON body Credere would answer, any
 * other error by its message.
 * @example describeCredereFailure(labels)(notFound('Store', 9)) // '{"error":{"class":"ActiveRecord::RecordNotFound",…}}'
 */
export function describeCredereFailure(labels: FieldLabels, names?: BankNamer): (error: unknown) => string {
  return (error) => {
    if (error instanceof DomainError) return JSON.stringify(renderDomainError(error, labels, names).body);
    return error instanceof Error ? error.message : String(error);
  };
}
