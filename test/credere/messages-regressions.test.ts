import { describe, expect, it } from 'vitest';
import { startMock } from '../helpers/start-mock.js';

describe('Credere validation messages', () => {
  it('labels contract violations in Portuguese, nested fields with their parent', async () => {
    const mock = await startMock();
    const before = mock.state();
    const { status, body } = await mock.call('POST', '/credere/api/v1/customers', {
      headers: { authorization: 'Bearer k' },
      body: { customer: { cpf: '529.982.247-25', name: 'A', born_at: '31/02/2000', phones: [{ code: 84, number: 'x' }] } },
    });
    expect(status).toBe(422);
    expect(body.error.message).toBe('Data de nascimento não é válido, Telefones - Número do telefone não é válido');
    expect(body.error.details).toEqual({ born_at: [{ error: 'invalid' }], 'phones.0.number': [{ error: 'invalid' }] });
    expect(mock.state()).toEqual(before);
  });
});
