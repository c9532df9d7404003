/** Any list item of a scenario may say `count: N` to stand for N copies (each copy gets its own fakes). */
export type Counted = { count?: number };

/** What to do when the entity named by a scenario exists already: fail (default) or reuse it. */
export type IfExists = 'fail' | 'reuse';

/** FirstVision demographics (the contract's `customerDemographics`); missing fields are faked from the seed. */
export type Demographics = Record<string, unknown>;

export type FvCardSpec = Counted & {
  expiry?: string;
  digital?: boolean;
  blockCode?: string;
  blockCodeDate?: string;
  limits?: Record<string, unknown>;
};

export type FvAccountSpec = Counted & {
  org?: number;
  logo: number;
  accountNumber?: string;
  creditLimit?: number;
  blockCode1?: string;
  blockCode2?: string;
  cardExpiration?: string;
  cards?: FvCardSpec[];
};

export type FvRelationshipSpec = Counted & {
  relationshipNumber?: string;
  creditLimit?: number;
  billingCycle?: number;
  billingLevel?: number;
  name?: string;
  blockCode?: string;
  ifExists?: IfExists;
  accounts?: FvAccountSpec[];
};

export type FvCustomerSpec = Counted & {
  org: number;
  customerNumber?: string;
  accountNumber?: string;
  /** Partial demographics of the owner; the rest is faked. */
  owner?: Demographics;
  /** A co-owner: `true` for a faked one, or partial demographics. */
  coOwner?: Demographics | boolean;
  vipStatus?: number;
  /** Addresses the customer had before: each one is applied as an address change, oldest first. A number fakes that many. */
  priorAddresses?: Demographics[] | number;
  ifExists?: IfExists;
  relationships?: FvRelationshipSpec[];
  accounts?: FvAccountSpec[];
};

export type FvReservationSpec = {
  /** A label (e.g. a branch); reservations are made in the order listed. */
  label?: string;
  org: number;
  logo: number;
  customers?: number;
  accounts?: number;
  relationships?: number;
  cards?: number;
};

export type CredereStoreSpec = {
  id: number;
  integratedBanks: string[];
  /** Other Store fields (name, cnpj, …); missing ones are faked. */
  fields?: Record<string, unknown>;
};

export type CredereCustomerSpec = Counted & {
  /** The customer in the request shape of `POST /customers` (`customerInput`); `cpf` and `name` are faked when absent. */
  customer?: Record<string, unknown>;
  /** Fake every field these banks require (data/credere/bank-requirements.json). */
  completeFor?: string[];
  ifExists?: IfExists;
};

/** The entities a scenario creates, in this order: reservations, FirstVision customers, Credere stores, Credere customers. */
export type ScenarioEntities = {
  firstvision?: { reservations?: FvReservationSpec[]; customers?: FvCustomerSpec[] };
  credere?: { stores?: CredereStoreSpec[]; customers?: CredereCustomerSpec[] };
};

export type ScenarioParameter = {
  description?: string;
  type?: 'string' | 'integer' | 'number' | 'boolean';
  default: string | number | boolean;
};

/**
 * A QA scenario as written in `data/scenarios/NAME.yaml`: a named, parametric world.
 * Strings may hold `{param}` placeholders; a string that is exactly `{param}` takes the parameter's type.
 */
export type Scenario = ScenarioEntities & {
  name: string;
  description: string;
  /** The instant the world's clock is pinned to while the scenario loads. Default `2026-01-01T12:00:00-03:00`. */
  clock?: string;
  parameters?: Record<string, ScenarioParameter>;
};

/** A scenario read from a file: the raw document (placeholders kept) and where it came from. */
export type LoadedScenario = { file: string; raw: Scenario; scenario: Scenario };

export const DEFAULT_SCENARIO_CLOCK = '2026-01-01T12:00:00-03:00';
