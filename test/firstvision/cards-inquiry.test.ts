import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { sharedMock } from '../helpers/start-mock.js';
import { addAccount, addCard, addCustomer, expectRefusal, fvSession, type FvCall } from './fv-session.js';

const sandbox = sharedMock();
const validate200 = loadContracts().get('cardsInquiry').responses.get(200);

/** A customer with `own` cards on its account, and another cardholder with `others` cards on that account. */
async function cardholders(call: FvCall, own: number, others: number) {
  const customerNumber = await addCustomer(call);
  const accountNumber = await addAccount(call, customerNumber, { creditLimit: 25000 });
  const otherNumber = await addCustomer(call);
  for (let i = 0; i < own; i++) await addCard(call, accountNumber);
  for (let i = 0; i < others; i++) await addCard(call, accountNumber, { customerNumber: otherNumber });
  return { customerNumber, accountNumber, otherNumber };
}

const inquiry = (call: FvCall, customerNumber: string, query: string, org = '970') =>
  call('GET', `/customer/v1/cards?${query}`, undefined, { organizationnumber: org, customernumber: customerNumber });

describe('Cards Inquiry (GET /customer/v1/cards)', () => {
  it('lists the customer’s own cards five per page, pages 0 and 1 being the first, in the contract’s shape', async () => {
    const { call } = await fvSession(sandbox());
    const { customerNumber, accountNumber } = await cardholders(call, 7, 2);
    const first = await inquiry(call, customerNumber, 'hasOtherCardHolder=false&pageNumber=0');
    expect(first.status).toBe(200);
    expect(validate200?.(first.body)).toBe(true);
    expect(first.body.data).toMatchObject({ hasMoreRecords: true, totalCardsCount: 7, totalPagesCount: 2, currentPage: 1, totalAvailableCreditLimitAmount: 25000 });
    expect(first.body.data.cards).toHaveLength(5);
    expect(first.body.data.cards[0]).toMatchObject({ accountNumber, embosserCustomerNumber: customerNumber, cardType: '1', creditLimitAmount: 25000, accountStatus: 'A' });
    expect((await inquiry(call, customerNumber, 'hasOtherCardHolder=false&pageNumber=1')).body).toEqual(first.body);
    const second = await inquiry(call, customerNumber, 'hasOtherCardHolder=false&pageNumber=2');
    expect(second.body.data).toMatchObject({ hasMoreRecords: false, currentPage: 2 });
    expect(second.body.data.cards).toHaveLength(2);
  });

  it('adds the other cardholders’ cards on the customer’s accounts when hasOtherCardHolder is true', async () => {
    const { call } = await fvSession(sandbox());
    const { customerNumber, otherNumber } = await cardholders(call, 2, 2);
    const all = await inquiry(call, customerNumber, 'hasOtherCardHolder=true&pageNumber=1');
    expect(all.body.data.totalCardsCount).toBe(4);
    expect(all.body.data.cards.map((card: { embosserCustomerNumber: string; cardType: string }) => [card.embosserCustomerNumber, card.cardType])).toEqual([
      [customerNumber, '1'],
      [customerNumber, '1'],
      [otherNumber, '2'],
      [otherNumber, '2'],
    ]);
  });

  it('answers the vendor’s published example (organization and customer headers, hasOtherCardHolder=true, pageNumber) for a customer on file', async () => {
    const { call } = await fvSession(sandbox());
    const { customerNumber } = await cardholders(call, 1, 0);
    const response = await inquiry(call, customerNumber, 'hasOtherCardHolder=true&pageNumber=2');
    expect(response.body.errors[0]?.code).toBe('VPL5SBQ25E');
    expect((await inquiry(call, customerNumber, 'hasOtherCardHolder=true&pageNumber=1')).status).toBe(200);
  });

  it.each([
    ['the organization is not on file', { org: '555' }, 'VPL5SBQ06S'],
    ['the organization is not a number', { org: 'ABC' }, 'VPL5SBQ06E'],
    ['the customer number is all zeros', { customer: '0'.repeat(19) }, 'VPL5SBQ21S'],
    ['the customer number is not 19 digits', { customer: '123' }, 'VPL5SBQ24S'],
    ['the customer is not on file', { customer: '9709999999999999999' }, 'VPL5SBQ28E'],
    ['the customer has no cards', { noCards: true }, 'VPL5SBQ28E'],
    ['the page is past the last', { query: 'hasOtherCardHolder=false&pageNumber=3' }, 'VPL5SBQ25E'],
    ['hasOtherCardHolder is not a boolean', { query: 'hasOtherCardHolder=Y&pageNumber=1' }, 'VPL5SBQ22S'],
    ['the page number is not numeric', { query: 'hasOtherCardHolder=false&pageNumber=A' }, 'VPL5SBQ23S'],
    ['the page number is missing', { query: 'hasOtherCardHolder=false' }, 'VPL5SBQ23S'],
  ])('answers 422 when %s, and changes nothing', async (_name, options: { org?: string; customer?: string; noCards?: boolean; query?: string }, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const { customerNumber } = await cardholders(call, 6, 0);
    const target = options.customer ?? (options.noCards ? await addCustomer(call) : customerNumber);
    await expectRefusal(mock, () => inquiry(call, target, options.query ?? 'hasOtherCardHolder=false&pageNumber=1', options.org), 422, code);
  });

  it('does not list the cards of a customer of another organization', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const { customerNumber } = await cardholders(call, 1, 0);
    await expectRefusal(mock, () => inquiry(call, customerNumber, 'hasOtherCardHolder=false&pageNumber=1', '120'), 422, 'VPL5SBQ28E');
  });
});
