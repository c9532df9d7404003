import { Faker, base, en, pt_BR } from '@faker-js/faker';
import { entitySeed } from './seeded-random.js';

/**
 * A pt_BR faker owned by one sandbox. `for(key)` reseeds it from the sandbox seed and the entity key, so the
 * fields faked for one entity are the same on every call, whatever happened before. Use it synchronously.
 * @example const f = new EntityFaker(42).for('customer:0000000000000000123'); f.person.fullName()
 */
export class EntityFaker {
  readonly seed: number;
  #faker = new Faker({ locale: [pt_BR, en, base] });

  constructor(seed: number) {
    this.seed = seed;
  }

  for(key: string): Faker {
    this.#faker.seed(entitySeed(this.seed, key));
    return this.#faker;
  }
}
