import { browseChildren, type BrowseNode } from '../../../src/plugin/browse-support.js';
import type { StateReader } from '../../../src/state/state-store.js';
import { accounts, cards, customers, relationships } from '../domain/firstvision-collections.js';
import type { Account, Card, Customer, Relationship, Reservation } from '../domain/firstvision-records.js';
import { maskPan } from '../pan-display.js';

/** Children shown per list; the rest are counted (`total`). */
export const SHOWN = { relationships: 10, accounts: 10, cards: 5 } as const;

function cardNode(card: Card): BrowseNode {
  const { pan, ...fields } = card;
  const masked = maskPan(pan);
  return { kind: 'card', id: masked, label: `card ${masked}`, fields: { maskedPan: masked, ...fields }, children: [] };
}

async function accountNode(tx: StateReader, account: Account): Promise<BrowseNode> {
  const page = await tx.page(cards, 'account', account.accountNumber, 0, SHOWN.cards);
  return { kind: 'account', id: account.accountNumber, label: `account ${account.accountNumber}`, fields: { ...account }, children: [browseChildren('cards', page, cardNode)] };
}

async function relationshipNode(tx: StateReader, relationship: Relationship): Promise<BrowseNode> {
  const page = await tx.page(accounts, 'relationship', relationship.relationshipNumber, 0, SHOWN.accounts);
  const nodes = await Promise.all(page.rows.map((account) => accountNode(tx, account)));
  const label = `relationship ${relationship.relationshipNumber}${relationship.name ? ` ${relationship.name}` : ''}`;
  return { kind: 'relationship', id: relationship.relationshipNumber, label, fields: { ...relationship }, children: [{ kind: 'accounts', total: page.total, nodes }] };
}

/**
 * The customer's accounts outside any relationship: the first of its accounts without one, and how many there are
 * (its accounts less those its relationships count).
 */
async function looseAccounts(tx: StateReader, customer: Customer, related: Relationship[]): Promise<BrowseNode['children'][number]> {
  const page = await tx.page(accounts, 'customer', customer.customerNumber, 0, SHOWN.accounts * 5);
  const loose = page.rows.filter((account) => account.relationshipNumber === undefined).slice(0, SHOWN.accounts);
  const total = Math.max(loose.length, page.total - related.reduce((sum, r) => sum + r.accountCount, 0));
  return { kind: 'accounts', total, nodes: await Promise.all(loose.map((account) => accountNode(tx, account))) };
}

/** A customer and what hangs under it: relationships → accounts → cards, its other accounts, its prior addresses. */
export async function customerNode(tx: StateReader, customer: Customer): Promise<BrowseNode> {
  const related = await tx.page(relationships, 'customer', customer.customerNumber, 0, 100);
  const shown = related.rows.slice(0, SHOWN.relationships);
  const { priorAddresses = [], ...fields } = customer;
  const prior: BrowseNode[] = priorAddresses.map((address, i) => ({ kind: 'priorAddress', id: `${customer.customerNumber}/${i}`, label: `prior address until ${address.replacedOn}`, fields: address.fields, children: [] }));
  const name = customer.owner.nameLine1 === undefined ? '' : ` ${String(customer.owner.nameLine1)}`;
  return {
    kind: 'customer',
    id: customer.customerNumber,
    label: `customer ${customer.customerNumber}${name}`,
    fields,
    children: [
      { kind: 'relationships', total: related.total, nodes: await Promise.all(shown.map((r) => relationshipNode(tx, r))) },
      await looseAccounts(tx, customer, related.rows),
      { kind: 'priorAddresses', total: prior.length, nodes: prior },
    ],
  };
}

/** A reserved number. */
export function reservationNode(reservation: Reservation): BrowseNode {
  const shown = reservation.kind === 'card' ? maskPan(reservation.number) : reservation.number;
  return { kind: 'reservation', id: shown, label: `${reservation.kind} number ${shown} reserved`, fields: { ...reservation, number: shown }, children: [] };
}

/** The customer nodes of these customer numbers, each once, in order, skipping any that is gone. */
export async function customerNodes(tx: StateReader, numbers: readonly string[]): Promise<BrowseNode[]> {
  const rows = await tx.getMany(customers, [...new Set(numbers)]);
  return Promise.all(rows.filter((row): row is Customer => row !== undefined).map((row) => customerNode(tx, row)));
}
