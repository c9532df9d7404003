import { addCustomerAnswer, type CustomerAddBody } from './customer-add.js';
import { bodyOf, domainHandler, headerOf, numberOf } from './domain-handler.js';

/** The organization an `X-ClientID` names (`00970` → 970): its last three digits. */
export function organizationOfClient(clientId: string | undefined): number {
  return Number((clientId ?? '').trim().slice(-3)) || 0;
}

/**
 * POST /customer/ (Add new Customer, 2021 R8V4): Customer Add with the 2021 request, whose published example sends
 * no organization: then the organization is the caller's `X-ClientID`'s. Answers the reserved amounts as `reservedAmt<i>`.
 */
export const customerAddR8V4Handler = domainHandler(async (context) => {
  const body = bodyOf<CustomerAddBody>(context);
  const given = body.customerData.customerKeyData.organizationNumber;
  const org = given === undefined ? organizationOfClient(headerOf(context, 'x-clientid')) : numberOf(given);
  return addCustomerAnswer(context, body, org, 'reservedAmt');
});
