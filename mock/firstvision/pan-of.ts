import type { StateReader } from '../../src/state/state-store.js';
import { accounts, cards } from './domain/firstvision-collections.js';
import { panFromToken } from './pan-display.js';

/**
 * The PAN behind a card number as a client sends it: the PAN, the PAN zero-padded to 19 digits, or a PAN token.
 * Masked numbers cannot be read back.
 * @example await panOf(tx, '0004000970100000013') // '4000970100000013' when that card exists
 */
export async function panOf(tx: StateReader, displayed: string): Promise<string | undefined> {
  if (await tx.has(cards, displayed)) return displayed;
  for (let unpadded = displayed; unpadded.length > 12 && unpadded.startsWith('0'); ) {
    unpadded = unpadded.slice(1);
    if (await tx.has(cards, unpadded)) return unpadded;
  }
  return panFromToken(displayed);
}

/** The customer and account a card number or account number names (a PAN, a PAN token or a 19-digit account number). */
export async function customerOfCardOrAccount(tx: StateReader, number: string): Promise<{ customer: string; account: string } | undefined> {
  const account = await tx.get(accounts, number);
  if (account) return { customer: account.customerNumber, account: account.accountNumber };
  const card = (await tx.get(cards, number)) ?? (await tx.get(cards, (await panOf(tx, number)) ?? ''));
  return card ? { customer: card.customerNumber, account: card.accountNumber } : undefined;
}
