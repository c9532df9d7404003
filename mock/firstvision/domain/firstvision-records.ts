/** Owner or co-owner demographics as the client sent them (Customer Add field names); the rest is faked. */
export type Demographics = Record<string, string | number>;

/** A previous mailing address of the owner, kept when the address changed on `replacedOn`. */
export type PriorAddress = { replacedOn: string; fields: Demographics };

/** A customer (VisionPLUS name/address record). */
export type Customer = {
  /** 19 digits. */
  customerNumber: string;
  organization: number;
  owner: Demographics;
  coOwner?: Demographics;
  vipStatus?: number;
  /** 0 active, 1 inactive, 2 purge. */
  status?: number;
  sicCode?: number;
  /** The account number given on Customer Add, used by the next Account Add of this customer without one. */
  linkedAccount?: string;
  /** Prior addresses of the owner, oldest first. */
  priorAddresses?: PriorAddress[];
  /** ISO dates. */
  addedOn: string;
  maintainedOn?: string;
  addressChangedOn?: string;
};

/** A relationship (corporate grouping) with running totals of its accounts. */
export type Relationship = {
  relationshipNumber: string;
  organization: number;
  ownerCustomer: string;
  /** Its place in its customer's list of relationships (0-based). */
  positionInCustomer: number;
  creditLimit: number;
  billingCycle: number;
  billingLevel: number;
  name?: string;
  blockCode?: string;
  /** The first account added with primaryAccount P. */
  primaryAccount?: string;
  accountCount: number;
  creditLimitTotal: number;
  addedOn: string;
};

/** An account (Account Base Segment). */
export type Account = {
  accountNumber: string;
  organization: number;
  logo: number;
  customerNumber: string;
  relationshipNumber?: string;
  creditLimit?: number;
  blockCode1?: string;
  blockCode2?: string;
  /** Card expiration MMYY given on Account Add. */
  cardExpiration?: string;
  addedOn: string;
  /** Its place in its customer's and in its relationship's list of accounts (0-based). */
  positionInCustomer: number;
  positionInRelationship?: number;
};

/** Spending limits sent on Embosser Add. */
export type CardLimits = { internet?: number; atmCash?: number; retail?: number; overTheCounter?: number };

/** A card (embosser record), keyed by its PAN. */
export type Card = {
  pan: string;
  accountNumber: string;
  customerNumber: string;
  /** Card sequence on the account. */
  sequence: number;
  /** ISO expiry. */
  expiry: string;
  digital?: true;
  activationRequired?: true;
  blockCode?: string;
  blockCodeDate?: string;
  limits?: CardLimits;
  /** Its place in its customer's card list (0-based). */
  positionInCustomer: number;
};

/** The kinds of number FirstVision issues: one 19-digit space for customers, accounts, relationships, and PANs. */
export type NumberKind = 'customer' | 'account' | 'relationship' | 'card';

/**
 * A number reserved by Number Generation (or linked on Customer Add), not to be issued again except as its `kind`
 * in its organization; `linkedCustomer`: the customer that linked it, the only one whose account may take it.
 */
export type Reservation = { number: string; kind: NumberKind; organization: number; logo: number; linkedCustomer?: string };
