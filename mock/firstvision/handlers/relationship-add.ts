import { addRelationship } from '../domain/add-relationship.js';
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
  accountControlTableIdentification?: number;
};

/** POST /customer/relationship: a relationship under a customer (number given or generated). */
export const relationshipAddHandler = domainHandler(async (context) => {
  const body = bodyOf<RelationshipAddBody>(context);
  const relationship = await addRelationship(context, {
    org: numberOf(body.organizationNumber),
    customerNumber: body.customerNumber,
    relationshipNumber: body.relationshipNumber,
    creditLimit: body.creditLimit,
    billingCycle: body.billingCycle,
    billingLevel: body.relationshipBillingLevel,
    modificationAccountLevelFlag: body.modificationAccountLevelFlag,
    name: body.relationshipName,
    blockCode: body.blockCode,
    accountControlTable: body.accountControlTableIdentification,
  });
  const foreign = context.sandbox.organizations.org(relationship.organization)?.foreignOrganization ?? 0;
  return { organization: relationship.organization, relationshipNumber: relationship.relationshipNumber, foreignOrganization: foreign };
});
