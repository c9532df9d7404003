import { describe, expect, it } from 'vitest';
import { parseScenario } from './load-scenario.js';

const head = 'name: bad\ndescription: d\n';

describe('parseScenario: the parameters are checked before they are used', () => {
  it.each([
    ['a parameter with no body (null)', `${head}parameters: {a: }\n`, 'bad.yaml:3:14: /parameters/a must be object'],
    ['parameters as a list', `${head}parameters: [1]\n`, 'bad.yaml:3:1: /parameters must be object'],
    ['parameters as null', `${head}parameters:\n`, 'bad.yaml:3:1: /parameters must be object'],
    ['a parameter without a default', `${head}parameters:\n  n: { type: integer }\n`, 'bad.yaml:4:3: /parameters/n/default is required'],
    ['a default that is null', `${head}parameters:\n  n: { default: null }\n`, 'bad.yaml:4:8: /parameters/n/default must be string or number'],
    ['an unknown parameter key', `${head}parameters:\n  n: { default: 1, colour: red }\n`, '/parameters/n/colour is not allowed here'],
  ])('returns (never throws) an error for %s', (_what, text, expected) => {
    let result: ReturnType<typeof parseScenario> | undefined;
    expect(() => (result = parseScenario(text, 'bad.yaml'))).not.toThrow();
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.errors.join('\n')).toContain(expected);
  });

  it('reports a __proto__ key as not allowed rather than setting the prototype', () => {
    const result = parseScenario(`${head}__proto__: { x: 1 }\n`, 'bad.yaml');
    expect(result).toMatchObject({ ok: false, errors: ['bad.yaml:3:1: /__proto__ is not allowed here'] });
  });

  it('substitutes a parameter named __proto__ like any other', () => {
    const text = 'name: ok\ndescription: d\nparameters:\n  __proto__: { type: integer, default: 3 }\nfirstvision:\n  customers:\n    - org: 970\n      count: "{__proto__}"\n';
    const result = parseScenario(text, 'ok.yaml');
    expect(result.ok && result.loaded.scenario.firstvision?.customers?.[0]?.count).toBe(3);
  });

  it('checks a Credere customer CPF', () => {
    const text = `${head}credere:\n  customers:\n    - customer: { cpf: 123.456.789-00 }\n`;
    expect(parseScenario(text, 'bad.yaml')).toMatchObject({ ok: false, errors: [expect.stringContaining('/credere/customers/0/customer/cpf must be a CPF')] });
  });
});
