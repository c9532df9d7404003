import { describe, expect, it } from 'vitest';
import { resolveParameters, substitute } from './substitute-parameters.js';

describe('substitute', () => {
  it('copies a __proto__ key as an own property, leaving the prototype alone', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "{n}"}, "a": "{n}"}') as unknown;
    const out = substitute(input, { n: 1 }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 1 });
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('resolveParameters', () => {
  it('keeps a parameter named __proto__ as an own value', () => {
    const declared = JSON.parse('{"__proto__": {"default": 2}}') as Record<string, { default: number }>;
    const result = resolveParameters(declared, {});
    expect(result.ok && Object.hasOwn(result.values, '__proto__')).toBe(true);
  });
});
