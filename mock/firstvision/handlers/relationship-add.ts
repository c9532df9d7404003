import { bodyOf, domainHandler, numberOf } from './domain-handler.js';

type RelationshipAddBody = {
  organizationNumber: number | string;
  customerNumber: string;
  relationshipNumber?: string;
  relationshipName?: string;
  creditLimit: number;
  billingCycle: number;
  relationshipBillingLevel: number;
  modificationAccountLevelFlag: number;
  blockCode?: string;
};

/** POST /customer/relationship: a relationship under a customer (number given or generated). */
export const relationshipAddHandler = domainHandler((context, store) => {
  const body = bodyOf<RelationshipAddBody>(context);
  const relationship = store.addRelationship({
    org: numberOf(body.organizationNumber),
    customerNumber: body.customerNumber,
    relationshipNumber: body.relationshipNumber,
    creditLimit: body.creditLimit,
    billingCycle: body.billingCycle,
    billingLevel: body.relationshipBillingLevel,
    modificationAccountLevelFlag: body.modificationAccountLevelFlag,
    name: body.relationshipName,
    blockCode: body.blockCode,
  });
  return { organization: relationship.o, relationshipNumber: relationship.n, foreignOrganization: store.organizations.org(relationship.o)?.foreignOrganization ?? 0 };
});
