/** Any list item of a scenario may say `count: N` to stand for N copies (each copy gets its own fakes). */
type Counted = { count?: number };

/** What to do when the entity named by a scenario exists already: fail (default) or reuse it. */
type IfExists = 'fail' | 'reuse';

/** FirstVision demographics (the contract's `customerDemographics`); missing fields are faked from the seed. */
export type DemographicsSpec = Record<string, unknown>;

export type FvCardSpec = Counted & {
  expiry?: string;
  digital?: boolean;
  /** A Luhn-valid PAN; default generated with the logo's BIN. */
  cardNumber?: string;
  /** The card waits for activation. */
  activationRequired?: boolean;
  blockCode?: string;
  blockCodeDate?: string;
  /** Spending limits: i internet, a ATM cash, r retail, o over the counter. */
  limits?: { i?: number; a?: number; r?: number; o?: number };
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
  owner?: DemographicsSpec;
  /** A co-owner: `true` for a faked one, or partial demographics. */
  coOwner?: DemographicsSpec | boolean;
  vipStatus?: number;
  /** Addresses the customer had before: each one is applied as an address change, oldest first. A number fakes that many. */
  priorAddresses?: DemographicsSpec[] | number;
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

/** The `firstvision` part of a scenario: reservations first, then customers. */
export type FirstVisionScenarioPart = { reservations?: FvReservationSpec[]; customers?: FvCustomerSpec[] };
