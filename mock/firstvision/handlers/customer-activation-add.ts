import { addCustomer } from '../domain/add-customer.js';
import { ensure } from '../domain/ensure.js';
import { accounts, cards } from '../domain/firstvision-collections.js';
import type { Demographics } from '../domain/firstvision-records.js';
import { displayPan } from '../pan-display.js';
import { panOf } from '../pan-of.js';
import { reservedFields } from './customer-add.js';
import { bodyOf, domainHandler, numberOf } from './domain-handler.js';

type CustomerActivationAddBody = {
  customerActivationData: {
    customerActivationKeyData: { organizationNumber: number | string; customerNumber: string; accountNumber: string; dualFlag?: string | number; panToken: string };
    customerActivationMiscellaneousData?: { vipStatus?: number; sicCode?: number; status?: number };
    ownerCoOwnerActivationData?: { ownerActivationData?: Demographics; coOwnerActivationData?: Demographics };
  };
  resvActivationData?: Record<string, string | number>;
};

/**
 * POST /customer/activation (Customer with PAN Activation Add): checks the card `panToken` is on `accountNumber` in
 * the organization, adds the customer record as Customer Add does, and activates the card (it keeps its cardholder).
 * Codes: VPL5SGCZ4S unknown org, VPL5SGC03S account not on file (or of another org), VPL5SGC01S card not on file
 * or not on that account, then Customer Add's number and demographic codes.
 */
export const customerActivationAddHandler = domainHandler(async (context) => {
  const { tx, sandbox } = context;
  const { customerActivationData: data, resvActivationData = {} } = bodyOf<CustomerActivationAddBody>(context);
  const keys = data.customerActivationKeyData;
  const org = numberOf(keys.organizationNumber);
  ensure(sandbox.organizations.org(org), 'VPL5SGCZ4S', `organization ${org} is not known`);
  const account = await tx.get(accounts, keys.accountNumber);
  ensure(account && account.organization === org, 'VPL5SGC03S', `account ${keys.accountNumber} is not on file in organization ${org}`);
  const pan = await panOf(tx, keys.panToken);
  const card = pan === undefined ? undefined : await tx.get(cards, pan);
  ensure(card && card.accountNumber === account.accountNumber, 'VPL5SGC01S', `card ${keys.panToken} is not on file on account ${account.accountNumber}`);
  const misc = data.customerActivationMiscellaneousData ?? {};
  const parties = data.ownerCoOwnerActivationData ?? {};
  const customer = await addCustomer(context, {
    org,
    customerNumber: keys.customerNumber,
    owner: parties.ownerActivationData ?? {},
    coOwner: parties.coOwnerActivationData,
    vipStatus: misc.vipStatus,
    sicCode: misc.sicCode,
    status: misc.status,
  });
  const activated = card.activationRequired === true;
  if (activated) {
    const { activationRequired: _done, ...active } = card;
    await tx.replace(cards, active);
  }
  const foreign = sandbox.organizations.org(org)?.foreignOrganization ?? 0;
  return {
    organizationNumber: org,
    organizationAssociatedToForeignAccount: foreign,
    foreignCustomerOrganization: String(keys.dualFlag ?? '').trim() === '1' ? foreign : 0,
    accountNumber: account.accountNumber,
    customerNumber: customer.customerNumber,
    cardNumber: displayPan(card.pan, sandbox.config.panDisplay),
    numberCardsActivated: activated ? 1 : 0,
    ...reservedFields(resvActivationData, customer.addedOn, 'reservedAmt'),
  };
});
