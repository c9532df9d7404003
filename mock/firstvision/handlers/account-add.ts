import { addAccount } from '../domain/add-account.js';
import { bodyOf, domainHandler, numberOf } from './domain-handler.js';

type AccountAddBody = {
  accountData: {
    organization: number | string;
    logo: number | string;
    customerNumber: string;
    accountNumber?: string;
    relationshipNumber?: string;
    primaryAccount?: string;
    creditLimit?: number;
    blockCode1?: string;
    blockCode2?: string;
    cardExpirationDate?: string;
  };
};

/** POST /account/add-L8V3: an account for a customer under an org and logo, optionally under a relationship. */
export const accountAddHandler = domainHandler(async (context) => {
  const data = bodyOf<AccountAddBody>(context).accountData;
  const account = await addAccount(context, {
    org: numberOf(data.organization),
    logo: numberOf(data.logo),
    customerNumber: data.customerNumber,
    accountNumber: data.accountNumber,
    relationshipNumber: data.relationshipNumber,
    creditLimit: data.creditLimit,
    blockCode1: data.blockCode1,
    blockCode2: data.blockCode2,
    cardExpiration: data.cardExpirationDate || undefined,
    primary: data.primaryAccount === 'P',
  });
  const foreign = context.sandbox.organizations.org(account.organization)?.foreignOrganization ?? 0;
  return { organization: account.organization, foreignOrganization: String(foreign), accountNumber: account.accountNumber };
});
