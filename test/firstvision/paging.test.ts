import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../src/numbers/luhn.js';
import { sharedMock } from '../helpers/start-mock.js';
import { addAccount, addCard, addCustomer, expectRefusal, fvSession, relationshipAddBody } from './fv-session.js';

const sandbox = sharedMock();

/** `count` Luhn-valid 16-digit PANs of BIN 40009701 that all end in `last4` (so they share one mask). */
function pansEndingIn(last4: string, count: number): string[] {
  const pans: string[] = [];
  for (let middle = 0; pans.length < count; middle++) {
    const payload = `40009701${String(middle).padStart(4, '0')}${last4.slice(0, 3)}`;
    if (String(luhnCheckDigit(payload)) === last4[3]) pans.push(`${payload}${last4[3]}`);
  }
  return pans;
}

describe('Cards Details paging from a masked startAccount several cards share', () => {
  // Cards 2 and 4 share one mask, cards 3 and 5 another: the last row of page 1 is card 4, the first of page 2 card 5.
  async function tenCards() {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    const accountNumber = await addAccount(call, customerNumber);
    const [a1, a2] = pansEndingIn('1234', 2) as [string, string];
    const [b1, b2] = pansEndingIn('5678', 2) as [string, string];
    const given: Record<number, string> = { 2: a1, 3: b1, 4: a2, 5: b2 };
    for (let i = 0; i < 10; i++) await addCard(call, accountNumber, given[i] ? { cardNumber: given[i] } : {});
    const page = async (query: string) =>
      (await call('GET', `/customer/v3/cards/details?organizationNumber=970&${query}`, undefined, { customernumber: customerNumber })).body.data.outputArea.accountTable as Array<{ cardNumber: string; encryptedCardNumber: string }>;
    const first = await page('functionCode=%20');
    const second = await page(`functionCode=N&startOrganization=970&startAccount=${first[4]?.encryptedCardNumber}`);
    return { page, first, second };
  }

  it('continues after the boundary row (N) the client got, not an earlier card with the same mask', async () => {
    const { page, first, second } = await tenCards();
    expect(first[4]?.cardNumber).toBe(first[2]?.cardNumber);
    expect(await page(`functionCode=N&startOrganization=970&startAccount=${first[4]?.cardNumber}`)).toEqual(second);
  });

  it('goes back before the boundary row (P) the client got, not an earlier card with the same mask', async () => {
    const { page, first, second } = await tenCards();
    expect(second[0]?.cardNumber).toBe(first[3]?.cardNumber);
    expect(await page(`functionCode=P&startOrganization=970&startAccount=${second[0]?.cardNumber}`)).toEqual(first);
  });

  it('takes startOrganization=999 (the example the vendor publishes) and finds the start row by startAccount', async () => {
    const { page, first, second } = await tenCards();
    expect(await page(`functionCode=N&startOrganization=999&startAccount=${first[4]?.encryptedCardNumber}`)).toEqual(second);
  });

  it('answers the same page for the same masked cursor every time', async () => {
    const { page, first } = await tenCards();
    const query = `functionCode=N&startOrganization=970&startAccount=${first[4]?.cardNumber}`;
    const answer = await page(query);
    expect(answer).toHaveLength(5);
    expect(await page(query)).toEqual(answer);
  });
});

describe('Relationship find (legacy) paging from a start relationship', () => {
  async function twoCustomers() {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const [owner, other] = [await addCustomer(call), await addCustomer(call)];
    const numbers: string[] = [];
    for (let i = 0; i < 23; i++) numbers.push((await call('POST', '/customer/relationship', relationshipAddBody(owner))).body.data.relationshipNumber);
    const foreign = (await call('POST', '/customer/relationship', relationshipAddBody(other))).body.data.relationshipNumber as string;
    const find = (extra: Record<string, unknown>) => call('POST', '/customer/relationshipNumber', { organizationNumber: 970, customerNumber: owner, functionCode: 'N', ...extra });
    return { mock, numbers, foreign, find };
  }

  it('pages N and P from the position of the start relationship', async () => {
    const { numbers, find } = await twoCustomers();
    const after = (await find({ startRelationshipNumber: numbers[19] })).body.data;
    expect(after.relationshipTables.map((row: { relationshipNumber: string }) => row.relationshipNumber)).toEqual(numbers.slice(20));
    const before = (await find({ functionCode: 'P', startRelationshipNumber: numbers[21] })).body.data;
    expect(before).toMatchObject({ more: 'Y', numberOfOccurrences: 20 });
    expect(before.relationshipTables.map((row: { relationshipNumber: string }) => row.relationshipNumber)).toEqual(numbers.slice(1, 21));
  });

  it("answers VPL5SCA09E for another customer's relationship as the start, and changes nothing", async () => {
    const { mock, foreign, find } = await twoCustomers();
    await expectRefusal(mock, () => find({ startRelationshipNumber: foreign }), 422, 'VPL5SCA09E');
  });
});
