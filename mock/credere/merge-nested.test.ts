import { describe, expect, it } from 'vitest';
import { customerSpec } from './customer-spec.js';
import type { FieldErrors } from './field-errors.js';
import { type MergeContext, mergeObject, type Row } from './merge-nested.js';

function context(replaceCollections = false): MergeContext & { errors: FieldErrors } {
  const next = new Map<string, number>();
  return {
    now: 2000,
    replaceCollections,
    errors: {},
    nextId: (kind) => {
      const id = (next.get(kind) ?? 10) + 1;
      next.set(kind, id);
      return id;
    },
  };
}

const phone = (id: number, number: number): Row => ({ id, created_at: 1000, updated_at: 1000, code: 84, number, phone_type_id: 1 });
const base = (): Row => ({ id: 1, created_at: 1000, updated_at: 1000, cpf: '529.982.247-25', name: 'Ana', phones: [phone(1, 911111111), phone(2, 922222222)] });

describe('mergeObject', () => {
  it('updates the item named by id, keeps the unnamed ones, and stamps only what changed', () => {
    const ctx = context();
    const stored = base();
    const merged = mergeObject(customerSpec, stored, { phones: [{ id: 2, number: 933333333 }] }, '', ctx, true) as Row;
    const phones = merged.phones as Row[];
    expect(phones.map((p) => [p.id, p.number])).toEqual([[1, 911111111], [2, 933333333]]);
    expect(phones[0]).toBe((stored.phones as Row[])[0]);
    expect(phones[1]).toMatchObject({ code: 84, phone_type_id: 1, created_at: 1000, updated_at: 2000 });
    expect(merged.updated_at).toBe(2000);
    expect(ctx.errors).toEqual({});
  });

  it('appends an item sent without an id as a new object with the next id', () => {
    const merged = mergeObject(customerSpec, base(), { phones: [{ code: 11, number: 944444444 }] }, '', context(), true) as Row;
    expect((merged.phones as Row[]).map((p) => p.id)).toEqual([1, 2, 11]);
    expect((merged.phones as Row[])[2]).toMatchObject({ created_at: 2000, code: 11 });
  });

  it('refuses an id the collection does not hold, naming its path, and leaves the stored object as it was', () => {
    const ctx = context();
    const stored = base();
    const merged = mergeObject(customerSpec, stored, { phones: [{ code: 1 }, { id: 99, number: 1 }], address: { id: 5, city: 'Natal' } }, '', ctx, true) as Row;
    expect(ctx.errors).toEqual({ 'phones.1.id': [{ error: 'not_found', value: 99 }], 'address.id': [{ error: 'not_found', value: 5 }] });
    expect(stored).toEqual(base());
    expect(merged.address).toBeUndefined();
  });

  it('returns the stored object itself when nothing changes', () => {
    const stored = base();
    expect(mergeObject(customerSpec, stored, { name: 'Ana', phones: [{ id: 1, number: 911111111 }] }, '', context(), true)).toBe(stored);
  });

  it('with replaceCollections, makes the collection exactly what was sent', () => {
    const merged = mergeObject(customerSpec, base(), { phones: [{ id: 2 }, { number: 955555555 }] }, '', context(true), true) as Row;
    expect((merged.phones as Row[]).map((p) => p.id)).toEqual([2, 11]);
  });

  it('stores dates as ISO and documents formatted', () => {
    const merged = mergeObject(customerSpec, undefined, { cpf: '52998224725', name: 'Ana', born_at: '31/12/1990' }, '', context(), true) as Row;
    expect(merged).toMatchObject({ id: 11, cpf: '529.982.247-25', born_at: '1990-12-31' });
  });
});
