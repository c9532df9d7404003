import { describe, expect, it } from 'vitest';
import { isLuhnValid } from '../../src/numbers/luhn.js';
import { sharedMock } from '../helpers/start-mock.js';
import { accountAddBody, addAccount, addCard, addCustomer, expectRefusal, fvSession } from './fv-session.js';

const sandbox = sharedMock();
/** One mock per way of showing card numbers. */
const byDisplay = {
  masked: sharedMock({ config: { firstvision: { panDisplay: 'masked' } } }),
  token: sharedMock({ config: { firstvision: { panDisplay: 'token' } } }),
  full: sharedMock({ config: { firstvision: { panDisplay: 'full' } } }),
};

async function customerWithAccount() {
  const mock = sandbox();
  const { call } = await fvSession(mock);
  const customerNumber = await addCustomer(call);
  const accountNumber = await addAccount(call, customerNumber);
  return { mock, call, customerNumber, accountNumber };
}

describe('Account Add and Embosser Add', () => {
  it('generates account numbers from org, logo, sequence and a Luhn digit; cards from the logo BIN', async () => {
    const { call, accountNumber } = await customerWithAccount();
    expect(accountNumber).toMatch(/^970401\d{13}$/);
    expect(isLuhnValid(accountNumber)).toBe(true);
    const card = await call('POST', '/cards/embosser/l8vf', { organizationNumber: 970, postToAccount: accountNumber, blockCode: 'L', atmCashAmount: 900 });
    expect(card.body.data).toMatchObject({ organizationNumber: 970, organizationAssociatedToForeignAccount: 999, logo: 401, accountNumber, cardSequence: 1 });
    expect(card.body.data.cardNumber).toMatch(/^4000x{8}\d{4}$/);
  });

  it.each([
    ['the organization is unknown', { organization: 555 }, 'VPL5SAA08S'],
    ['the logo is unknown', { logo: 777 }, 'VPL5SAA12S'],
    ['the customer is unknown', { customerNumber: '9709999999999999999' }, 'VPL5SGC04S'],
    ['the relationship is unknown', { relationshipNumber: '9709999999999999999' }, 'VPL5S0026S'],
    ['the block code 1 is a digit', { blockCode1: '9' }, 'VPL5SAA33E'],
    ['the card expiration is not MMYY', { cardExpirationDate: '12-2' }, 'VPL5SAA39E'],
    ['the credit limit is a string', { creditLimit: 'mil' }, 'VPL5SAA18E'],
    ['the primary flag is X', { primaryAccount: 'X' }, 'VPL5SAA17E'],
    ['the billing level is 2 (the published VPL5SAA22E allows 0 or 1)', { billingLevel: 2 }, 'VPL5SAA22E'],
  ])('Account Add answers 422 when %s, and changes nothing', async (_name, override, code) => {
    const { mock, call, customerNumber } = await customerWithAccount();
    const body = accountAddBody(customerNumber);
    await expectRefusal(mock, () => call('POST', '/account/add-L8V3', { accountData: { ...body.accountData, ...override } }), 422, code);
  });

  it('Account Add answers VPL5SAA14S for an account number already on file', async () => {
    const { mock, call, customerNumber, accountNumber } = await customerWithAccount();
    await expectRefusal(mock, () => call('POST', '/account/add-L8V3', accountAddBody(customerNumber, { accountNumber })), 422, 'VPL5SAA14S');
  });

  it.each([
    ['the account is unknown', { postToAccount: '9709999999999999999' }, 'VPL5S0012S'],
    ['the organization is unknown', { organizationNumber: 555 }, 'VPL5S0006S'],
    ['the organization is not the account one', { organizationNumber: 120 }, 'VPL5S0012S'],
    ['the card customer is unknown', { customerNumber: '9709999999999999999' }, 'VPL5SGC04S'],
    ['the card number is neither a PAN nor a token', { cardNumber: 'ABCDEFGHIJKLM' }, 'VPL5SAP91S'],
    ['the organization is not numeric', { organizationNumber: 'X' }, 'VPL5S0029S'],
  ])('Embosser Add answers 422 when %s, and changes nothing', async (_name, override, code) => {
    const { mock, call, accountNumber } = await customerWithAccount();
    await expectRefusal(mock, () => call('POST', '/cards/embosser/l8vf', { organizationNumber: 970, postToAccount: accountNumber, ...override }), 422, code);
  });

  it('Embosser Add answers VPL5SAP90S for a card number already issued', async () => {
    const { mock, call, accountNumber } = await customerWithAccount();
    await addCard(call, accountNumber, { cardNumber: '4000970199999992' });
    await expectRefusal(mock, () => call('POST', '/cards/embosser/l8vf', { organizationNumber: 970, postToAccount: accountNumber, cardNumber: '4000970199999992' }), 422, 'VPL5SAP90S');
  });
});

describe('Account Number inquiry', () => {
  it('pages 25 accounts by 20 with next and previous tokens, stable and complete', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    const accounts = [];
    for (let i = 0; i < 25; i++) accounts.push(await addAccount(call, customerNumber, { logo: [401, 501, 601, 50][i % 4] }));
    const ask = (extra: Record<string, unknown>) => call('POST', '/customer/accountNumber', { organizationNumber: 970, customerNumber, ...extra });
    const first = (await ask({ functionCode: ' ' })).body.data;
    expect(first).toMatchObject({ more: 'Y', numberOfOccurrences: 20 });
    expect(first.acctTable[3]).toMatchObject({ logo: 50, logoDescription: 'EXEMPLO CARTEIRA DIGITAL', organizationName: 'BANCO EXEMPLO SANDBOX SA', associationType: 0 });
    const next = (await ask({ functionCode: 'N', startToken: { accountOrganizationNumber: 970, accountNumber: first.nextToken.accountNumberNext, associationType: 0 } })).body.data;
    expect(next).toMatchObject({ more: 'N', numberOfOccurrences: 5 });
    expect([...first.acctTable, ...next.acctTable].map((row: { accountNumber: string }) => row.accountNumber)).toEqual(accounts);
    const back = (await ask({ functionCode: 'P', startToken: { accountNumber: next.prevToken.accountNumberPrev } })).body.data;
    expect(back.acctTable).toEqual(first.acctTable);
  });

  it.each([
    ['an unknown customer', { customerNumber: '9709999999999999999' }, 'VPL5SCA07E'],
    ['a short customer number', { customerNumber: '123' }, 'VPL5SCA07E'],
    ['an unknown organization', { organizationNumber: 555 }, 'VPL5SCA11S'],
    ['function code X', { functionCode: 'X' }, 'VPL5SCA09E'],
    ['N without a start token', { functionCode: 'N' }, 'VPL5SCA08E'],
    ['N with an unknown account', { functionCode: 'N', startToken: { accountNumber: '9709999999999999999' } }, 'VPL5SCA15S'],
  ])('answers 422 for %s, and changes nothing', async (_name, override, code) => {
    const { mock, call, customerNumber } = await customerWithAccount();
    await expectRefusal(mock, () => call('POST', '/customer/accountNumber', { organizationNumber: 970, customerNumber, ...override }), 422, code);
  });
});

describe('Cards Details inquiry', () => {
  async function twelveCards(panDisplay: 'masked' | 'token' | 'full' = 'masked') {
    const mock = byDisplay[panDisplay]();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    const accounts = [await addAccount(call, customerNumber), await addAccount(call, customerNumber, { logo: 501, cardExpirationDate: '0830' })];
    const cards: string[] = [];
    for (let i = 0; i < 12; i++) cards.push(await addCard(call, accounts[i < 7 ? 0 : 1] as string, i === 2 ? { deviceIndicator: 'D', blockCode: 'F', internetPurchaseAmount: 2500 } : {}));
    const page = (query: string) => call('GET', `/customer/v3/cards/details?organizationNumber=970&${query}`, undefined, { customernumber: customerNumber });
    return { mock, call, customerNumber, accounts, cards, page };
  }
  type Row = { cardNumber: string; encryptedCardNumber: string; accountNumber: string };

  it.each([
    ['the last card number shown', (row: Row) => row.cardNumber],
    ['the encrypted card number', (row: Row) => row.encryptedCardNumber],
  ])('pages 12 cards by 5 with N and P from %s, stable and complete', async (_name, cursorOf) => {
    const { cards, page } = await twelveCards();
    const seen: Row[] = [];
    let response = (await page('functionCode=%20')).body.data.outputArea;
    seen.push(...response.accountTable);
    while (response.hasMore === 'Y') {
      response = (await page(`functionCode=N&startOrganization=970&startAccount=${cursorOf(response.accountTable.at(-1))}`)).body.data.outputArea;
      seen.push(...response.accountTable);
    }
    expect(seen.map((row) => row.cardNumber)).toEqual(cards);
    const previous = (await page(`functionCode=P&startOrganization=970&startAccount=${cursorOf(seen[10] as Row)}`)).body.data.outputArea;
    expect(previous.accountTable).toEqual(seen.slice(5, 10));
  });

  it('answers expiry, digital flag, block code and limits per card', async () => {
    const { page, accounts } = await twelveCards();
    const rows = (await page('functionCode=%20')).body.data.outputArea.accountTable;
    expect(rows[2]).toMatchObject({ digitalCardIndicator: 1, embosserCurrentFirstUsage: '0', cardBlockCode: 'F', internetAmount: 2500, internetAmountDaily: 250 });
    expect(rows[0]).toMatchObject({ digitalCardIndicator: 0, embosserCurrentFirstUsage: '1', cardBlockCode: ' ' });
    const later = (await page(`functionCode=N&startOrganization=970&startAccount=${accounts[0]}`)).body.data.outputArea.accountTable;
    expect(later[0]).toMatchObject({ accountNumber: accounts[1], cardExpireDate: '2030-08-31' });
  });

  it.each([
    ['masked', /^(4000|5100)x{8}\d{4}$/],
    ['token', /^16[0-9A-Z]{13}\d{4}$/],
    ['full', /^(40009701|51009705)\d{8}$/],
  ] as const)('shows card numbers %s', async (mode, pattern) => {
    const { cards } = await twelveCards(mode);
    for (const card of cards) expect(card).toMatch(pattern);
    if (mode === 'full') for (const card of cards) expect(isLuhnValid(card)).toBe(true);
  });

  it.each([
    ['an unknown customer', { customernumber: '9709999999999999999' }, 'functionCode=%20', 'VPL5SCE07E'],
    ['a customer without cards', 'no-cards', 'functionCode=%20', 'VPL5SCE07E'],
    ['an unknown organization', {}, 'organizationNumber=555', 'VPL5SCE06E'],
    ['N without a start account', {}, 'functionCode=N', 'VPL5SCE08E'],
    ['N with an unknown start account', {}, 'functionCode=N&startOrganization=970&startAccount=9709999999999999999', 'VPL5SCE17S'],
    ['function code X', {}, 'functionCode=X', 'VPL5SCE09E'],
  ] as const)('answers 422 for %s, and changes nothing', async (_name, headers, query, code) => {
    const { mock, call, customerNumber } = await twelveCards();
    const customer = headers === 'no-cards' ? await addCustomer(call) : customerNumber;
    await expectRefusal(mock, () => call('GET', `/customer/v3/cards/details?${query}`, undefined, { customernumber: customer, ...(headers === 'no-cards' ? {} : headers) }), 422, code);
  });
});
