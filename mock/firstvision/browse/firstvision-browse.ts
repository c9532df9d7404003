import { type BrowseNode, type BrowseSupport, nameKey } from '../../../src/plugin/browse-support.js';
import type { StateReader } from '../../../src/state/state-store.js';
import { accounts, ALL, cards, cpfKey, customers, relationships, reservations } from '../domain/firstvision-collections.js';
import { customerNode, customerNodes, reservationNode } from './firstvision-browse-nodes.js';

/** A masked PAN as typed (`4000 xxxx xxxx 0002`, `4000********0002`), spelled as the `masked` index keys it. */
function maskedPanKey(term: string): string | undefined {
  const compact = term.replace(/[\s.-]/g, '').replace(/[*•xX]/g, 'x');
  return /^\d{4}x+\d{4}$/.test(compact) ? compact : undefined;
}

/** The customers a number names: as a customer, account, relationship or card number (each one `get`). */
async function byNumber(tx: StateReader, digits: string): Promise<{ customers: string[]; nodes: BrowseNode[] }> {
  const number = digits.padStart(19, '0');
  const [customer, account, relationship, card, reservation] = await Promise.all([
    tx.get(customers, number), tx.get(accounts, number), tx.get(relationships, number), tx.get(cards, digits), tx.get(reservations, number),
  ]);
  const owners = [customer?.customerNumber, account?.customerNumber, relationship?.ownerCustomer, card?.customerNumber].filter((n): n is string => n !== undefined);
  return { customers: owners, nodes: reservation ? [reservationNode(reservation)] : [] };
}

/** The customer numbers a term names through one index: a CPF, a masked PAN or a name. */
async function byIndex(tx: StateReader, term: string, limit: number): Promise<string[]> {
  const masked = maskedPanKey(term);
  if (masked) {
    const page = await tx.page(cards, 'masked', masked, 0, limit);
    return page.rows.map((card) => card.customerNumber);
  }
  const cpf = /^[\d.\s-]+$/.test(term) ? cpfKey(term) : undefined;
  if (cpf) return (await tx.groupIds(customers, 'cpf', cpf, 0, limit)).rows;
  const name = nameKey(term);
  return name ? (await tx.groupIds(customers, 'name', name, 0, limit)).rows : [];
}

async function search(tx: StateReader, term: string, limit: number): Promise<BrowseNode[]> {
  const digits = term.replace(/[\s.-]/g, '');
  const found = /^\d{1,19}$/.test(digits) ? await byNumber(tx, digits) : { customers: [], nodes: [] };
  const indexed = await byIndex(tx, term, limit);
  const nodes = [...(await customerNodes(tx, [...found.customers, ...indexed])), ...found.nodes];
  return nodes.slice(0, limit);
}

/**
 * The dashboard's view of FirstVision: customers (→ relationships → accounts → cards, prior addresses) or
 * reserved numbers, in the order added; a search by customer, account, relationship or card number, masked PAN,
 * stored CPF or owner name.
 */
export const firstVisionBrowse: BrowseSupport = {
  roots: {
    customers: async (tx, offset, limit) => {
      const page = await tx.page(customers, 'all', ALL, offset, limit);
      return { total: page.total, rows: await Promise.all(page.rows.map((row) => customerNode(tx, row))) };
    },
    reservations: async (tx, offset, limit) => {
      const page = await tx.page(reservations, 'all', ALL, offset, limit);
      return { total: page.total, rows: page.rows.map(reservationNode) };
    },
  },
  keys: [
    { name: 'customer, account, relationship or card number', example: '0000000000000000123' },
    { name: 'masked PAN', example: '4000xxxxxxxx0002' },
    { name: 'CPF', example: '000.000.000-00' },
    { name: 'owner name', example: 'ACME LTDA' },
  ],
  search,
};
