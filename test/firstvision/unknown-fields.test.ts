import { describe, expect, it } from 'vitest';
import { sharedMock } from '../helpers/start-mock.js';
import { accountAddBody, addAccount, addCustomer, customerAddBody, fvSession, relationshipAddBody } from './fv-session.js';

const sandbox = sharedMock();
const MARK = 'UNDECLARED-FIELD-VALUE';

describe('FirstVision fields a contract does not declare', () => {
  it('ignores an unknown object in Customer Update instead of copying its keys into the customer', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    const update = { organizationNumber: 970, customerNumber, numberType: 1, demographicDataIndicator: 1, nested: { nameLine1: 'OVERWRITTEN', city: 'RECIFE' } };
    expect((await call('PUT', '/customer', update)).status).toBe(200);
    const data = (await call('POST', '/customer/demographicData-l8v2', { organizationNumber: 970, customerAccountCardNumber: customerNumber, numberType: '1' })).body.data;
    expect(data.nameAddrData[0].nameAddressData).toMatchObject({ nameLine1: 'MARIA APARECIDA SOUZA', cityAndState: 'SAO PAULO SP' });
  });

  it('stores none of the unknown fields sent to Customer Add, Customer Update, Account Add and Embosser Add', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const body = customerAddBody({ owner: { nameLine1: 'MARIA SOUZA', extraOwnerField: MARK } });
    const added = await call('POST', '/customer/l8v2', { ...body, topLevelExtra: MARK.repeat(10_000), customerData: { ...body.customerData, extra: { deep: MARK } } });
    expect(added.status).toBe(200);
    const customerNumber = added.body.data.customerNumber as string;
    expect((await call('PUT', '/customer', { organizationNumber: 970, customerNumber, numberType: 1, demographicDataIndicator: 1, city: 'RECIFE', unknownScalar: MARK })).status).toBe(200);
    const account = await call('POST', '/account/add-L8V3', { ...accountAddBody(customerNumber, { unknownAccountField: MARK }), extra: MARK });
    expect(account.status).toBe(200);
    const card = await call('POST', '/cards/embosser/l8vf', { organizationNumber: 970, postToAccount: account.body.data.accountNumber, unknownCardField: MARK });
    expect(card.status).toBe(200);
    expect(JSON.stringify(await mock.state())).not.toContain(MARK);
  });

  it('still stores the declared fields next to the unknown ones', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call, { owner: { nameLine1: 'JOANA LIMA', city: 'NATAL', unknownField: MARK } });
    await addAccount(call, customerNumber);
    const data = (await call('POST', '/customer/demographicData-l8v2', { organizationNumber: 970, customerAccountCardNumber: customerNumber, numberType: '1' })).body.data;
    expect(data.nameAddrData[0].nameAddressData).toMatchObject({ nameLine1: 'JOANA LIMA' });
  });
});

describe('FirstVision fields a closed contract does not declare', () => {
  it('answers 422 in the envelope for an unknown field in Relationship Add and changes nothing', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    const before = await mock.state();
    const response = await call('POST', '/customer/relationship', { ...relationshipAddBody(customerNumber), unknownField: MARK });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ hasError: true, data: null, errors: [{ code: 'CLTVAL001E', description: 'UNKNOWNFIELD IS NOT ALLOWED HERE' }] });
    expect(await mock.state()).toEqual(before);
  });
});
