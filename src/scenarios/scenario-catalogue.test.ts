import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProblemError } from '../problems/problem.js';
import { ScenarioCatalogue } from './scenario-catalogue.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'clientela-catalogue-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('ScenarioCatalogue', () => {
  it('knows the real file of each scenario, .yaml or .yml, valid or not', () => {
    const dir = folder({ 'a.yaml': 'name: a\ndescription: d\n', 'b.yml': 'name: b\ndescription: d\n', 'c.yaml': 'parameters: {a: }\n' });
    const catalogue = new ScenarioCatalogue({}, dir);
    expect(catalogue.names()).toEqual(['a', 'b', 'c']);
    expect(catalogue.file('a')).toBe(join(dir, 'a.yaml'));
    expect(catalogue.file('b')).toBe(join(dir, 'b.yml'));
    expect(catalogue.file('c')).toBe(join(dir, 'c.yaml'));
    expect(catalogue.file('d')).toBeUndefined();
    expect(catalogue.get('b').scenario.name).toBe('b');
  });

  it('answers an invalid parameters block with an invalid-scenario problem, not a TypeError', () => {
    const catalogue = new ScenarioCatalogue({}, folder({ 'c.yaml': 'name: c\ndescription: d\nparameters: {a: }\n' }));
    let thrown: unknown;
    try {
      catalogue.get('c');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemError);
    expect((thrown as ProblemError).problem).toMatchObject({ status: 422, detail: `${join(catalogue.dir, 'c.yaml')}:3:14: /parameters/a must be object` });
  });

  it('lists the folder once, until refreshed', () => {
    const dir = folder({ 'a.yaml': 'name: a\ndescription: d\n' });
    const catalogue = new ScenarioCatalogue({}, dir);
    expect(catalogue.names()).toEqual(['a']);
    writeFileSync(join(dir, 'b.yaml'), 'name: b\ndescription: d\n');
    expect(catalogue.has('b')).toBe(false);
    catalogue.refresh();
    expect(catalogue.names()).toEqual(['a', 'b']);
  });

  it('is empty for a folder that does not exist', () => {
    expect(new ScenarioCatalogue({}, join(tmpdir(), 'clientela-no-such-folder')).names()).toEqual([]);
  });
});
