import { ensure } from '../domain/ensure.js';
import { accounts, cards, customers } from '../domain/firstvision-collections.js';
import { isBlankNumber } from '../number-generator.js';
import { displayPan } from '../pan-display.js';
import { panOf } from '../pan-of.js';
import { type CustomerUpdateBody, updateCustomerRecord } from './customer-update.js';
import { bodyOf, domainHandler, numberOf } from './domain-handler.js';

type CustomerReversalBody = CustomerUpdateBody & { dummyCustomerNumber: string; panToken: string };

/**
 * PUT /customer/reversal (Customer Reversal Update): Customer Update's change, then the activation of the card
 * `panToken` (one of the customer's cards or a card on one of its accounts) reversed: it waits for activation again.
 * Codes: Customer Update's, VPL5SGC04S for a dummy customer not on file, VPL5SGC01S for a card not on file or not
 * the customer's.
 */
export const customerReversalUpdateHandler = domainHandler(async (context) => {
  const { tx, sandbox } = context;
  const body = bodyOf<CustomerReversalBody>(context);
  const org = numberOf(body.organizationNumber);
  const { customer, outputArea } = await updateCustomerRecord(context, body);
  const dummy = isBlankNumber(body.dummyCustomerNumber) ? undefined : await tx.get(customers, body.dummyCustomerNumber);
  ensure(isBlankNumber(body.dummyCustomerNumber) || dummy?.organization === org, 'VPL5SGC04S', `dummy customer ${body.dummyCustomerNumber} not found in org ${org}`);
  const pan = await panOf(tx, body.panToken);
  const card = pan === undefined ? undefined : await tx.get(cards, pan);
  const account = card ? await tx.get(accounts, card.accountNumber) : undefined;
  const theirs = card !== undefined && (card.customerNumber === customer.customerNumber || account?.customerNumber === customer.customerNumber);
  ensure(card && theirs, 'VPL5SGC01S', `card ${body.panToken} is not a card of customer ${customer.customerNumber}`);
  const reversed = card.activationRequired !== true;
  if (reversed) await tx.replace(cards, { ...card, activationRequired: true });
  return { outputArea: { ...outputArea, cardNumber: displayPan(card.pan, sandbox.config.panDisplay), numberCardsActivated: reversed ? 1 : 0 } };
});
