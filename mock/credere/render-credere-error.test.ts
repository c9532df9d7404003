import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/plugin/domain-error.js';
import { badRequest, invalidFields, notFound } from './credere-domain-error.js';
import { bankNamer } from './bank-namer.js';
import { credere } from './credere-plugin.js';
import { fieldLabelsFrom, loadFieldLabels } from './field-labels.js';
import { loadCredereData } from './load-credere-data.js';
import { credereErrors } from './render-credere-error.js';

const errors = credereErrors(loadFieldLabels(credere.contractsDir), bankNamer(loadCredereData()));
const compiled = undefined as never;

describe('Credere domain errors, rendered', () => {
  it('answers Rails not-found with and without an id', () => {
    expect(errors.domain(notFound('Customer', 7), compiled)).toEqual({
      status: 404,
      body: { error: { class: 'ActiveRecord::RecordNotFound', message: "Couldn't find Customer with 'id'=7", status: 404 } },
    });
    expect((errors.domain(notFound('Customer'), compiled).body as { error: { message: string } }).error.message).toBe("Couldn't find Customer");
  });

  it('answers 422 with Portuguese labels from the contracts, nested ones with their parent, banks named', () => {
    const response = errors.domain(invalidFields({ born_at: [{ error: 'blank', banks: ['341', '422'] }], 'phones.0.number': [{ error: 'invalid' }], 'bank_validations.store_id': [{ error: 'not_found', value: 9 }] }), compiled);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      error: {
        class: 'ModelValidationError',
        message:
          'Data de nascimento não pode ficar em branco (exigido pelos bancos Itaú (341) e Safra (422)), Telefones - Número do telefone não é válido, Loja não foi encontrada; ' +
          'envie bank_validations.bank_codes ou bank_validations.store_id para validar só os bancos escolhidos',
        details: { 'phones.0.number': [{ error: 'invalid' }] },
      },
    });
  });

  it('answers 400 BadRequest with the message, and 500 for a code it does not know', () => {
    expect(errors.domain(badRequest('unknown domain type x'), compiled)).toMatchObject({ status: 400, body: { error: { class: 'ActionController::BadRequest', message: 'unknown domain type x' } } });
    expect(errors.domain(new DomainError('other', 'boom'), compiled).status).toBe(500);
  });

  it('humanizes a field the contracts give no title', () => {
    const bare = credereErrors(fieldLabelsFrom({}));
    expect((bare.domain(invalidFields({ rg_state_id: [{ error: 'taken' }] }), compiled).body as { error: { message: string } }).error.message).toBe('Rg state já está em uso');
  });

  it('stops at start-up, naming the file, when the contracts cannot be read', () => {
    expect(() => loadFieldLabels('/nowhere')).toThrow(/credere: cannot read \/nowhere\/defs\.json/);
  });
});
