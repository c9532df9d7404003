import { describe, expect, it } from 'vitest';
import { type BodyLimits, checkBodyShape } from './check-body-shape.js';

const limits: BodyLimits = { maxItems: 3, maxProperties: 3, maxDepth: 2, maxValues: 8 };

function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('checkBodyShape', () => {
  it.each([
    ['an array of more items than allowed', { a: [1, 2, 3, 4] }, { path: '/body/a', code: 'maxItems', params: { limit: 3 } }],
    ['an object of more members than allowed', { a: 1, b: 2, c: 3, 'd/e': 4 }, { path: '/body', code: 'maxProperties' }],
    ['a value nested deeper than allowed', { a: nested(3) }, { path: '/body/a/0/0', code: 'maxDepth' }],
    ['more values in all than allowed', { a: [1, 2, 3], b: [1, 2, 3] }, { path: '/body', code: 'maxValues' }],
  ])('refuses %s', (_what, body, expected) => {
    expect(checkBodyShape(body, '/body', limits)).toMatchObject(expected);
  });

  it.each([
    ['a body at every limit', { a: [1, 2, 3], b: { c: nested(0) } }],
    ['a scalar', 'x'],
    ['null', null],
  ])('accepts %s', (_what, body) => {
    expect(checkBodyShape(body, '/body', limits)).toBeUndefined();
  });

  it('stops at the first breach of a huge body, whatever its size', () => {
    let itemsRead = 0;
    const items = new Proxy(new Array<number>(1_000_000).fill(1), {
      get(target, key, receiver): unknown {
        if (typeof key === 'string' && /^\d+$/.test(key)) itemsRead++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(checkBodyShape({ a: items }, '/body')).toMatchObject({ code: 'maxItems', params: { limit: 1000 } });
    expect(itemsRead).toBeLessThanOrEqual(1000);
  });
});
