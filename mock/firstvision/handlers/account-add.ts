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
export const accountAddHandler = domainHandler((context, store) => {
  const data = bodyOf<AccountAddBody>(context).accountData;
  const account = store.addAccount({
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
  return { organization: account.o, foreignOrganization: String(store.organizations.org(account.o)?.foreignOrganization ?? 0), accountNumber: account.n };
});
