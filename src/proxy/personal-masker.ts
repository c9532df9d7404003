import { EntityFaker } from '../fake/entity-faker.js';
import type { PersonalKind } from '../plugin/recording-support.js';
import { fakePersonal } from './fake-personal.js';

/** The value as the mapping knows it: documents and PANs by their digits, so `529.982.247-25` and `52998224725` are one. */
function identity(kind: PersonalKind, text: string): string {
  return kind === 'document' || kind === 'pan' ? text.replace(/\D/g, '') : text;
}

/**
 * Replaces personal values with seeded fakes, consistently within one recording: the same original always maps to
 * the same fake (documents and PANs whatever their punctuation), two originals never share a fake, and no fake is an
 * original. Each fake is seeded from the recording seed and the original, so it does not depend on traffic order.
 * @example new PersonalMasker(7, { cpf: 'document' }).deep({ cpf: '529.982.247-25' }) // { cpf: '<another valid CPF>' }
 */
export class PersonalMasker {
  #faker: EntityFaker;
  #fields: Record<string, PersonalKind>;
  #fakes = new Map<string, string>();
  #taken = new Set<string>();

  constructor(seed: number, fields: Record<string, PersonalKind>) {
    this.#faker = new EntityFaker(seed);
    this.#fields = fields;
  }

  /** The fake of one value (its digits' punctuation kept). Values without a letter or digit (`''`, `-`) and masked displays stay. */
  mask(kind: PersonalKind, original: string): string {
    if (!/[0-9A-Za-z]/.test(original)) return original;
    const key = `${kind}:${identity(kind, original)}`;
    const known = this.#fakes.get(key);
    if (known !== undefined) return reshaped(kind, known, original);
    let fake = original;
    for (let attempt = 0; attempt < 100; attempt++) {
      fake = fakePersonal(this.#faker.for(`${key}#${attempt}`), kind, original);
      const id = `${kind}:${identity(kind, fake)}`;
      if (fake === original && kind === 'pan') break;
      if (id !== key && !this.#taken.has(id) && !this.#fakes.has(id)) break;
    }
    this.#fakes.set(key, fake);
    this.#taken.add(`${kind}:${identity(kind, fake)}`);
    return fake;
  }

  /** A deep copy of a JSON value with every personal field's value (string or number) masked. */
  deep(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.deep(item));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const kind = this.#fields[key];
      let shown: unknown;
      if (kind && typeof inner === 'string') shown = this.mask(kind, inner);
      else if (kind && typeof inner === 'number') shown = Number(this.mask(kind, String(inner)));
      else shown = this.deep(inner);
      Object.defineProperty(out, key, { value: shown, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
}

/** A known fake in the punctuation of this occurrence (`52998224725` seen bare, then `529.982.247-25`). */
function reshaped(kind: PersonalKind, fake: string, original: string): string {
  if (kind !== 'document' && kind !== 'pan') return fake;
  const digits = fake.replace(/\D/g, '');
  let i = 0;
  const out = original.replace(/\d/g, () => digits[i++] ?? '');
  return i === digits.length ? out : fake;
}
