import { describe, expect, it } from 'vitest';
import { startMock } from '../helpers/start-mock.js';
import { addAccount, fvSession, relationshipAddBody } from './fv-session.js';

describe('the FirstVision chain', () => {
  it('runs token, customer add, relationship add, 3 account adds, embosser add, inquiries, update and prior address', async () => {
    const mock = await startMock();
    const { call } = await fvSession(mock);
    const added = await call('POST', '/customer/l8v2', {
      customerData: {
        customerKeyData: { organizationNumber: 970, coOwnerIndicator: 1 },
        ownerCoOwnerData: {
          ownerData: { nameLine1: 'JOAO DA SILVA', houseAddress1: 'RUA DAS FLORES 10', city: 'CAMPINAS', state: 'SP', postalCode: '13010-000' },
          coOwnerData: { nameLine1: 'ANA DA SILVA' },
        },
      },
    });
    expect(added.status).toBe(200);
    const customerNumber = added.body.data.customerNumber as string;
    expect(customerNumber).toMatch(/^970000\d{13}$/);

    const relationship = await call('POST', '/customer/relationship', relationshipAddBody(customerNumber));
    expect(relationship.status).toBe(200);
    const relationshipNumber = relationship.body.data.relationshipNumber as string;

    const accounts = [];
    for (const logo of [401, 501, 601]) accounts.push(await addAccount(call, customerNumber, { logo, relationshipNumber }));
    expect(accounts.map((a) => a.slice(0, 6))).toEqual(['970401', '970501', '970601']);

    const card = await call('POST', '/cards/embosser/l8vf', { organizationNumber: 970, postToAccount: accounts[0], deviceIndicator: 'D' });
    expect(card.status).toBe(200);
    expect(card.body.data.cardNumber).toMatch(/^4000x{8}\d{4}$/);

    const list = await call('POST', '/customer/accountNumber', { organizationNumber: 970, customerNumber, functionCode: ' ' });
    expect(list.status).toBe(200);
    expect(list.body.data.acctTable.map((row: { accountNumber: string }) => row.accountNumber)).toEqual(accounts);

    const cards = await call('GET', '/customer/v3/cards/details?organizationNumber=970&functionCode=%20', undefined, { customernumber: customerNumber });
    expect(cards.status).toBe(200);
    expect(cards.body.data.outputArea.accountTable).toHaveLength(1);
    expect(cards.body.data.outputArea.accountTable[0]).toMatchObject({ accountNumber: accounts[0], digitalCardIndicator: 1, cardNumber: card.body.data.cardNumber });

    const update = await call('PUT', '/customer', { organizationNumber: 970, customerNumber, numberType: '1', demographicDataIndicator: '1', houseAddress1: 'AV BRASIL 2000', city: 'SANTOS', postalCode: '11010-000' });
    expect(update.status).toBe(200);

    const address = await call('GET', `/customer/${accounts[1]}/current-prior-address?organizationNumber=970&ownerCoOwnerFlag=0&currentPriorFlag=B`);
    expect(address.status).toBe(200);
    const data = address.body.data;
    expect(data.customerNumber).toBe(customerNumber);
    expect(data.customerData.nameAddressTable).toHaveLength(2);
    expect(data.customerData.nameAddressTable[0].addressData).toMatchObject({ addressLine1: 'AV BRASIL 2000', city: 'SANTOS' });
    expect(data.customerData.priorMailerData.priorMailer).toHaveLength(1);
    expect(data.customerData.priorMailerData.priorMailer[0]).toMatchObject({ pmAddressLine1: 'RUA DAS FLORES 10', pmCity: 'CAMPINAS', pmPostalCode: '13010-000' });
  });
});
