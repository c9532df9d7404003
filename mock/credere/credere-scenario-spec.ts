import type { Counted, IfExists } from '../../src/scenarios/scenario.js';

/** A store a scenario creates, or (when its id exists) whose integrated banks it sets. */
export type CredereStoreSpec = {
  id: number;
  integratedBanks: string[];
  /** Other Store fields (name, cnpj, …); missing ones are faked. */
  fields?: Record<string, unknown>;
};

export type CredereCustomerSpec = Counted & {
  /** The customer in the request shape of `POST /customers` (`customerInput`); `cpf` and `name` are faked when absent. */
  customer?: Record<string, unknown>;
  /** Fake every field these banks require (data/credere/bank-requirements.json); `*` is every integrated bank. */
  completeFor?: string[];
  ifExists?: IfExists;
};

/** The `credere` part of a scenario file: stores first, then customers. */
export type CredereScenarioPart = { stores?: CredereStoreSpec[]; customers?: CredereCustomerSpec[] };
