import { pageWindow } from '../page-window.js';
import { bodyOf, domainHandler, numberOf, refuse } from './domain-handler.js';

type RelationshipFindBody = { organizationNumber: number | string; customerNumber: string; functionCode: string; startRelationshipNumber?: string };

/**
 * POST /customer/relationshipNumber (legacy find): the relationships of a customer, 20 per page. N/P page after /
 * before `startRelationshipNumber` (clientela's addition: the legacy request has no start key).
 */
export const relationshipFindHandler = domainHandler((context, store) => {
  const body = bodyOf<RelationshipFindBody>(context);
  const org = numberOf(body.organizationNumber);
  if (!store.organizations.org(org)) refuse('VPL5SRC13S', `organization ${org} is not known`);
  const customer = store.customers.get(body.customerNumber);
  if (!customer || customer.o !== org) refuse('VPL5SGC04S', `customer ${body.customerNumber} not found`);
  const ids = store.relationships.groupIds('customer', customer.n);
  let at = -1;
  if (body.functionCode.trim() !== '') {
    const start = store.relationships.get(body.startRelationshipNumber ?? '');
    if (!start || start.c !== customer.n || ids[start.cp] !== start.n) refuse('VPL5SCA09E', 'N and P need the startRelationshipNumber of a relationship of this customer');
    at = start.cp;
  }
  const window = pageWindow(ids.length, 20, body.functionCode, at);
  const rows = ids.slice(window.start, window.end).map((relationshipNumber, i) => ({
    sequence: i + 1,
    organizationNumber: store.relationships.get(relationshipNumber)?.o ?? org,
    relationshipNumber,
  }));
  return { more: window.more ? 'Y' : 'N', numberOfOccurrences: rows.length, relationshipTables: rows };
});
