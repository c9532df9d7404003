import { describe, expect, it } from 'vitest';
import { splitParameters } from './split-parameters.js';

describe('splitParameters', () => {
  it('sends each parameter only to the scenarios that declare it', () => {
    const result = splitParameters(['a', 'b', 'c'], { x: '1', y: '2' }, { a: ['x'], b: ['x', 'y'], c: [] });
    expect(result).toEqual({
      scenarios: [
        { name: 'a', params: { x: '1' } },
        { name: 'b', params: { x: '1', y: '2' } },
        { name: 'c', params: {} },
      ],
      unused: [],
    });
  });

  it('names the parameters no scenario declares', () => {
    expect(splitParameters(['a'], { x: '1', z: '3' }, { a: ['x'] }).unused).toEqual(['z']);
  });

  it('treats a scenario it knows nothing of as declaring nothing', () => {
    expect(splitParameters(['toString'], { x: '1' }, {})).toEqual({ scenarios: [{ name: 'toString', params: {} }], unused: ['x'] });
  });
});
