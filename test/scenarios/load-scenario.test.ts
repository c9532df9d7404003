import { describe, expect, it } from 'vitest';
import { parseScenario, withParameters } from '../../src/scenarios/load-scenario.js';

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
    const result = parseScenario(text, 'bad.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(expected);
  });

  it('substitutes parameters with their declared types', () => {
    const result = parseScenario('name: ok\ndescription: d\nparameters:\n  n: { type: integer, default: 2 }\nfirstvision:\n  customers:\n    - org: 970\n      count: "{n}"\n', 'ok.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.loaded.scenario.firstvision?.customers?.[0]?.count).toBe(2);
    const given = withParameters(result.loaded, { n: '5' });
    expect(given.ok && given.scenario.firstvision?.customers?.[0]?.count).toBe(5);
    expect(withParameters(result.loaded, { n: 'x' })).toMatchObject({ ok: false, errors: ['parameter n must be a whole number, got "x"'] });
    expect(withParameters(result.loaded, { m: 1 })).toMatchObject({ ok: false });
  });
});
