import { pageWindow } from '../page-window.js';
import { domainHandler, numberOf, refuse } from './domain-handler.js';

/**
 * GET /account/relationship/{relationshipNumber}/account: the relationship's accounts, 20 per page (serviceType A),
 * or its primary account (P: the first added with primaryAccount P, else the first added). `startItem` is the
 * account number of the last row (N) or first row (P) of the page shown.
 */
export const relationshipAccountsHandler = domainHandler((context, store) => {
  const { params, query } = context.values;
  const number = String(params.relationshipNumber);
  const relationship = store.relationships.get(number);
  if (!relationship) refuse('VPL5S0025S', `relationship ${number} not found`);
  if (query.organizationNumber !== undefined && numberOf(query.organizationNumber) !== relationship.o) refuse('VPL5S0011S', `relationship ${number} is not in that organization`);
  const ids = store.accounts.groupIds('relationship', relationship.n);
  const primary = relationship.pa ?? ids[0];
  const row = (accountNumber: string, i: number) => ({
    sequence: i + 1,
    organization: String(store.accounts.get(accountNumber)?.o ?? relationship.o),
    accountNumber,
    accountFlag: accountNumber === primary ? 'P' : 'S',
  });
  if (query.serviceType === 'P') {
    if (primary === undefined) refuse('VPL5S0039S', `relationship ${number} has no account`);
    return { more: 'N', numberReturned: 1, accountTableData: { accountTable: [row(primary, 0)] } };
  }
  const functionCode = String(query.scrollingFeature ?? ' ');
  let at = -1;
  if (functionCode.trim() !== '') {
    const start = store.accounts.get(String(query.startItem ?? ''));
    if (!start || start.r !== relationship.n || start.rp === undefined) refuse('VPL5S0028S', 'startItem must be an account number of this relationship');
    at = start.rp;
  }
  const window = pageWindow(ids.length, 20, functionCode, at);
  const rows = ids.slice(window.start, window.end).map(row);
  return { more: window.more ? 'Y' : 'N', numberReturned: rows.length, accountTableData: { accountTable: rows } };
});
