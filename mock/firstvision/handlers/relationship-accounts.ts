import { accounts, relationships } from '../domain/firstvision-collections.js';
import type { Relationship } from '../domain/firstvision-records.js';
import { refuse } from '../domain/ensure.js';
import { groupSize } from '../domain/group-size.js';
import { pageWindow } from '../page-window.js';
import { domainHandler, type FirstVisionContext, numberOf } from './domain-handler.js';

type Row = { sequence: number; organization: string; accountNumber: string; accountFlag: 'P' | 'S' };

/** The primary account: the first added with primaryAccount P, else the first added. */
async function primaryOf({ tx }: FirstVisionContext, relationship: Relationship): Promise<string | undefined> {
  return relationship.primaryAccount ?? (await tx.groupIds(accounts, 'relationship', relationship.relationshipNumber, 0, 1)).rows[0];
}

/** Where the page starts: -1 for the first page, else the position of `startItem` in the relationship. */
async function startPosition({ tx, values }: FirstVisionContext, relationship: Relationship, functionCode: string): Promise<number> {
  if (functionCode.trim() === '') return -1;
  const start = await tx.get(accounts, String(values.query.startItem ?? ''));
  if (!start || start.relationshipNumber !== relationship.relationshipNumber || start.positionInRelationship === undefined) {
    refuse('VPL5S0028S', 'startItem must be an account number of this relationship');
  }
  return start.positionInRelationship;
}

/**
 * GET /account/relationship/{relationshipNumber}/account: the relationship's accounts, 20 per page (serviceType A),
 * or its primary account (P: the first added with primaryAccount P, else the first added). `startItem` is the
 * account number of the last row (N) or first row (P) of the page shown.
 */
export const relationshipAccountsHandler = domainHandler(async (context) => {
  const { tx } = context;
  const { params, query } = context.values;
  const number = String(params.relationshipNumber);
  const relationship = await tx.get(relationships, number);
  if (!relationship) refuse('VPL5S0025S', `relationship ${number} not found`);
  if (query.organizationNumber !== undefined && numberOf(query.organizationNumber) !== relationship.organization) refuse('VPL5S0011S', `relationship ${number} is not in that organization`);
  const primary = await primaryOf(context, relationship);
  const row = (accountNumber: string, organization: number | undefined, i: number): Row => ({
    sequence: i + 1,
    organization: String(organization ?? relationship.organization),
    accountNumber,
    accountFlag: accountNumber === primary ? 'P' : 'S',
  });
  if (query.serviceType === 'P') {
    if (primary === undefined) refuse('VPL5S0039S', `relationship ${number} has no account`);
    const account = await tx.get(accounts, primary);
    return { more: 'N', numberReturned: 1, accountTableData: { accountTable: [row(primary, account?.organization, 0)] } };
  }
  const functionCode = String(query.scrollingFeature ?? ' ');
  const at = await startPosition(context, relationship, functionCode);
  const total = await groupSize(tx, accounts, 'relationship', relationship.relationshipNumber);
  const window = pageWindow(total, 20, functionCode, at);
  const page = await tx.page(accounts, 'relationship', relationship.relationshipNumber, window.start, window.end - window.start);
  const rows = page.rows.map((account, i) => row(account.accountNumber, account.organization, i));
  return { more: window.more ? 'Y' : 'N', numberReturned: rows.length, accountTableData: { accountTable: rows } };
});
