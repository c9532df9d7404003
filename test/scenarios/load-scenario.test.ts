import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import type { FirstVisionScenarioPart } from '../../mock/firstvision/scenarios/firstvision-scenario-spec.js';
import { parseScenario, withParameters } from '../../src/scenarios/load-scenario.js';
import type { Scenario } from '../../src/scenarios/scenario.js';
import { scenarioPartsOf } from '../../src/scenarios/scenario-parts.js';

const parts = scenarioPartsOf(builtInPlugins);
const head = 'name: bad\ndescription: d\n';

/** The `count` of the first FirstVision customer of a scenario. */
const firstCount = (scenario: Scenario) => (scenario.firstvision as FirstVisionScenarioPart | undefined)?.customers?.[0]?.count;

const cases: Array<[string, string, string]> = [
  ['a YAML syntax error', 'name: bad\ndescription: d\nfirstvision: {\n', 'bad.yaml:4:1:'],
  ['a duplicate key', 'name: bad\ndescription: d\nname: again\n', 'bad.yaml:3:1: Map keys must be unique'],
  ['an unknown key', 'name: bad\ndescription: d\nfirstvision:\n  customers:\n    - org: 970\n      colour: red\n', 'bad.yaml:6:7: /firstvision/customers/0/colour is not allowed here'],
  ['a customer number that is not 19 digits', 'name: bad\ndescription: d\nfirstvision:\n  customers:\n    - org: 970\n      customerNumber: "123"\n', 'bad.yaml:6:7: /firstvision/customers/0/customerNumber must match'],
  ['a missing organization', 'name: bad\ndescription: d\nfirstvision:\n  customers:\n    - customerNumber: "0000000000000000123"\n', 'bad.yaml:5:7: /firstvision/customers/0/org is required'],
  ['a placeholder naming no parameter', 'name: bad\ndescription: d\nfirstvision:\n  customers:\n    - org: 970\n      customerNumber: "{nope}"\n', 'placeholder {nope} names no parameter'],
  ['a count of the wrong type after substitution', 'name: bad\ndescription: d\nparameters:\n  n: { default: many }\nfirstvision:\n  customers:\n    - org: 970\n      count: "{n}"\n', 'bad.yaml:8:7: /firstvision/customers/0/count must be integer'],
  ['a name that is not the file name', 'name: other\ndescription: d\n', 'bad.yaml:1:1: name must be "bad"'],
];

describe('scenario loader', () => {
  it.each(cases)('reports %s as path:line:col: reason', (_what, text, expected) => {
    const result = parseScenario(text, 'bad.yaml', parts);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(expected);
  });

  it('substitutes parameters with their declared types', () => {
    const result = parseScenario('name: ok\ndescription: d\nparameters:\n  n: { type: integer, default: 2 }\nfirstvision:\n  customers:\n    - org: 970\n      count: "{n}"\n', 'ok.yaml', parts);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(firstCount(result.loaded.scenario)).toBe(2);
    const given = withParameters(result.loaded, { n: '5' }, parts);
    expect(given.ok && firstCount(given.scenario)).toBe(5);
    expect(withParameters(result.loaded, { n: 'x' }, parts)).toMatchObject({ ok: false, errors: ['parameter n must be a whole number, got "x"'] });
    expect(withParameters(result.loaded, { m: 1 }, parts)).toMatchObject({ ok: false });
  });

  it('checks a Credere customer CPF', () => {
    const text = `${head}credere:\n  customers:\n    - customer: { cpf: 123.456.789-00 }\n`;
    expect(parseScenario(text, 'bad.yaml', parts)).toMatchObject({ ok: false, errors: [expect.stringContaining('/credere/customers/0/customer/cpf must be a CPF')] });
  });
});

describe('scenario loader: the parameters are checked before they are used', () => {
  it.each([
    ['a parameter with no body (null)', `${head}parameters: {a: }\n`, 'bad.yaml:3:14: /parameters/a must be object'],
    ['parameters as a list', `${head}parameters: [1]\n`, 'bad.yaml:3:1: /parameters must be object'],
    ['parameters as null', `${head}parameters:\n`, 'bad.yaml:3:1: /parameters must be object'],
    ['a parameter without a default', `${head}parameters:\n  n: { type: integer }\n`, 'bad.yaml:4:3: /parameters/n/default is required'],
    ['a default that is null', `${head}parameters:\n  n: { default: null }\n`, 'bad.yaml:4:8: /parameters/n/default must be string or number'],
    ['an unknown parameter key', `${head}parameters:\n  n: { default: 1, colour: red }\n`, '/parameters/n/colour is not allowed here'],
  ])('returns (never throws) an error for %s', (_what, text, expected) => {
    let result: ReturnType<typeof parseScenario> | undefined;
    expect(() => (result = parseScenario(text, 'bad.yaml', parts))).not.toThrow();
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.errors.join('\n')).toContain(expected);
  });

  it('reports a __proto__ key as not allowed rather than setting the prototype', () => {
    const result = parseScenario(`${head}__proto__: { x: 1 }\n`, 'bad.yaml', parts);
    expect(result).toMatchObject({ ok: false, errors: ['bad.yaml:3:1: /__proto__ is not allowed here'] });
  });

  it('substitutes a parameter named __proto__ like any other', () => {
    const text = 'name: ok\ndescription: d\nparameters:\n  __proto__: { type: integer, default: 3 }\nfirstvision:\n  customers:\n    - org: 970\n      count: "{__proto__}"\n';
    const result = parseScenario(text, 'ok.yaml', parts);
    expect(result.ok && firstCount(result.loaded.scenario)).toBe(3);
  });
});
