import { addCustomer } from '../domain/add-customer.js';
import type { Demographics } from '../domain/firstvision-records.js';
import { ZERO_NUMBER } from '../number-generator.js';
import { bodyOf, domainHandler, type FirstVisionContext, numberOf } from './domain-handler.js';

export type CustomerAddBody = {
  customerData: {
    customerKeyData: { organizationNumber?: number | string; customerNumber?: string; accountNumber?: string; dualFlag?: string | number };
    customerMiscellaneousData?: { vipStatus?: number; sicCode?: number };
    ownerCoOwnerData?: { ownerData?: Demographics; coOwnerData?: Demographics };
  };
  resvData?: Record<string, string | number>;
};

/**
 * reservedCode1…5, reservedDate1…5 and the reserved amounts as sent (dates default to the day added); the amounts
 * are answered as `reservedAmount<i>` (Customer Add) or, with `amountKey` `reservedAmt`, as sent (Activation Add).
 */
export function reservedFields(resvData: Record<string, string | number>, addedOn: string, amountKey = 'reservedAmount'): Record<string, number | string> {
  const reserved: Record<string, number | string> = {};
  for (const i of [1, 2, 3, 4, 5]) {
    const code = Number(resvData[`reservedCode${i}`] ?? 0);
    reserved[`reservedCode${i}`] = Number.isInteger(code) ? code : 0;
    reserved[`reservedDate${i}`] = String(resvData[`reservedDate${i}`] ?? addedOn);
    reserved[`${amountKey}${i}`] = Number(resvData[`reservedAmt${i}`] ?? 0);
  }
  return reserved;
}

/**
 * Customer Add's step and answer for both forms: the customer added in `org`, its (given or generated) number, the
 * reserved fields echoed with the amounts under `amountKey` (`reservedAmount` for L8V2, `reservedAmt` for R8V4).
 */
export async function addCustomerAnswer(context: FirstVisionContext, body: CustomerAddBody, org: number, amountKey: string): Promise<Record<string, unknown>> {
  const { customerData, resvData = {} } = body;
  const keys = customerData.customerKeyData;
  const customer = await addCustomer(context, {
    org,
    customerNumber: keys.customerNumber,
    accountNumber: keys.accountNumber,
    owner: customerData.ownerCoOwnerData?.ownerData ?? {},
    coOwner: customerData.ownerCoOwnerData?.coOwnerData,
    vipStatus: customerData.customerMiscellaneousData?.vipStatus,
    sicCode: customerData.customerMiscellaneousData?.sicCode,
  });
  const foreign = context.sandbox.organizations.org(org)?.foreignOrganization ?? 0;
  return {
    organizationNumber: org,
    organizationAssociatedToForeignAccount: foreign,
    foreignCustomerOrganization: String(keys.dualFlag ?? '').trim() === '1' ? foreign : 0,
    accountNumber: customer.linkedAccount ?? ZERO_NUMBER,
    customerNumber: customer.customerNumber,
    ...reservedFields(resvData, customer.addedOn, amountKey),
  };
}

/** POST /customer/l8v2: adds the customer and answers its (given or generated) number. */
export const customerAddHandler = domainHandler(async (context) => {
  const body = bodyOf<CustomerAddBody>(context);
  return addCustomerAnswer(context, body, numberOf(body.customerData.customerKeyData.organizationNumber), 'reservedAmount');
});
