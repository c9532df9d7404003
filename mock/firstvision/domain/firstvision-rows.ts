/** Owner or co-owner demographics as the client sent them (Customer Add field names); the rest is faked. */
export type Demographics = Record<string, string | number>;

/** A previous mailing address of the owner, kept when the address changed (`d` = the date it was replaced). */
export type PriorAddress = { d: string; fields: Demographics };

/** A customer (VisionPLUS name/address record). Short keys keep a million-row state small. */
export type CustomerRow = {
  /** Customer number (19 digits). */
  n: string;
  /** Organization. */
  o: number;
  owner: Demographics;
  coOwner?: Demographics;
  /** VIP status, status (0 active, 1 inactive, 2 purge) and SIC code, when sent. */
  vip?: number;
  st?: number;
  sic?: number;
  /** The account number given on Customer Add, used by the next Account Add of this customer without one. */
  a?: string;
  /** Prior addresses of the owner, oldest first. */
  prior?: PriorAddress[];
  /** Dates: added, last maintenance, last address change (ISO). */
  d: string;
  dm?: string;
  da?: string;
};

/** A relationship (corporate grouping) with running totals of its accounts. `cp`: its position in its customer's list. */
export type RelationshipRow = {
  n: string;
  o: number;
  /** Owning customer. */
  c: string;
  cp: number;
  limit: number;
  cycle: number;
  level: number;
  name?: string;
  block?: string;
  /** Primary account (the first added with primaryAccount P). */
  pa?: string;
  /** Number of accounts and sum of their credit limits. */
  na: number;
  sl: number;
  d: string;
};

/** An account (Account Base Segment). `cp`/`rp`: its position in its customer's / relationship's list. */
export type AccountRow = {
  n: string;
  o: number;
  g: number;
  c: string;
  r?: string;
  limit?: number;
  b1?: string;
  b2?: string;
  /** Card expiration MMYY given on Account Add. */
  x?: string;
  d: string;
  cp: number;
  rp?: number;
};

/** Spending limits sent on Embosser Add (internet, ATM cash, retail, over the counter). */
export type CardLimits = { i?: number; a?: number; r?: number; o?: number };

/** A card (embosser record), keyed by its PAN. `cp`: its position in its customer's card list. */
export type CardRow = {
  n: string;
  a: string;
  c: string;
  /** Card sequence on the account, expiry (ISO), digital flag, activation needed flag. */
  s: number;
  x: string;
  dg?: 1;
  act?: 1;
  b?: string;
  bd?: string;
  lim?: CardLimits;
  cp: number;
};

/**
 * A number reserved by Number Generation (or linked on Customer Add) and not to be issued again except as its kind
 * `k` in its org `o`; `c`: the customer that linked it, the only one whose account may take it.
 */
export type ReservationRow = { n: string; k: 'customer' | 'account' | 'relationship' | 'card'; o: number; g: number; c?: string };
