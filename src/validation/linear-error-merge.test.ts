import { describe, expect, it } from 'vitest';
import { loadContracts } from '../contracts/load-contracts.js';
import { linearErrorMerge } from './linear-error-merge.js';

describe('linearErrorMerge', () => {
  it('makes errors of a referenced schema over 60,000 failing items cost linear time', () => {
    // A body validator of a real contract, below the body-shape limits of validateRequest.
    const validate = loadContracts().get('customersCreate').request.body!;
    const body = (phones: number[]): unknown => ({ customer: { cpf: '529.982.247-25', name: 'x', phones } });
    const small = new Array(6_000).fill(1);
    const large = new Array(60_000).fill(1);
    let started = performance.now();
    validate(body(small));
    const smallMs = performance.now() - started;
    started = performance.now();
    expect(validate(body(large))).toBe(false);
    const largeMs = performance.now() - started;
    expect(validate.errors?.length).toBeGreaterThanOrEqual(60_000);
    expect(largeMs).toBeLessThan(3000);
    // Ten times the items: linear is ~10×, quadratic was ~100×.
    expect(largeMs).toBeLessThan(Math.max(smallMs, 5) * 40);
  });

  it('rewrites Ajv’s concat merge into an in-place append', () => {
    expect(linearErrorMerge('vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);')).not.toContain('concat');
  });
});
