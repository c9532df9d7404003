import { customers, relationships } from '../domain/firstvision-collections.js';
import { refuse } from '../domain/ensure.js';
import { groupSize } from '../domain/group-size.js';
import { pageWindow } from '../page-window.js';
import { bodyOf, domainHandler, type FirstVisionContext, numberOf } from './domain-handler.js';

type RelationshipFindBody = { organizationNumber: number | string; customerNumber: string; functionCode: string; startRelationshipNumber?: string };

/** Where the page starts: -1 for the first page, else the position of `startRelationshipNumber` in the customer's list. */
async function startPosition({ tx }: FirstVisionContext, body: RelationshipFindBody, customerNumber: string): Promise<number> {
  if (body.functionCode.trim() === '') return -1;
  const start = await tx.get(relationships, body.startRelationshipNumber ?? '');
  const listed = start ? (await tx.groupIds(relationships, 'customer', customerNumber, start.positionInCustomer, 1)).rows[0] : undefined;
  if (!start || start.ownerCustomer !== customerNumber || listed !== start.relationshipNumber) {
    refuse('VPL5SCA09E', 'N and P need the startRelationshipNumber of a relationship of this customer');
  }
  return start.positionInCustomer;
}

/**
 * POST /customer/relationshipNumber (legacy find): the relationships of a customer, 20 per page. N/P page after /
 * before `startRelationshipNumber` (clientela's addition: the legacy request has no start key).
 */
export const relationshipFindHandler = domainHandler(async (context) => {
  const { tx, sandbox } = context;
  const body = bodyOf<RelationshipFindBody>(context);
  const org = numberOf(body.organizationNumber);
  if (!sandbox.organizations.org(org)) refuse('VPL5SRC13S', `organization ${org} is not known`);
  const customer = await tx.get(customers, body.customerNumber);
  if (!customer || customer.organization !== org) refuse('VPL5SGC04S', `customer ${body.customerNumber} not found`);
  const at = await startPosition(context, body, customer.customerNumber);
  const total = await groupSize(tx, relationships, 'customer', customer.customerNumber);
  const window = pageWindow(total, 20, body.functionCode, at);
  const page = await tx.page(relationships, 'customer', customer.customerNumber, window.start, window.end - window.start);
  const rows = page.rows.map((relationship, i) => ({ sequence: i + 1, organizationNumber: relationship.organization, relationshipNumber: relationship.relationshipNumber }));
  return { more: window.more ? 'Y' : 'N', numberOfOccurrences: rows.length, relationshipTables: rows };
});
