import { describe, expect, it } from 'vitest';
import { startMock } from '../helpers/start-mock.js';
import { addCustomer, customerAddBody, expectRefusal, fvSession } from './fv-session.js';

// Customer Add checks the contact-flag and date-of-birth edits Customer Update checks (same codes), and Customer
// Update checks only the rules the fields it sends touch, so a stored record never blocks an unrelated change.

const owner = (extra: Record<string, unknown>) => ({ nameLine1: 'MARIA APARECIDA SOUZA', city: 'SAO PAULO', ...extra });

describe('Customer Add demographic edits', () => {
  it.each([
    ['two channels are preferred (2)', { owner: owner({ homePhoneNumber: '1133334444', homePhoneFlag: 2, email: 'maria@example.com', emailFlag: 2 }) }, 'VPL5SGC42E'],
    ['the date of birth is in the future', { owner: owner({ dateOfBirth: '2999-01-01' }) }, 'VPL5SGC53E'],
    ['the e-mail flag is set without an e-mail', { owner: owner({ emailFlag: 1 }) }, 'VPL5SGC47E'],
    ['the home phone flag is set without a phone', { owner: owner({ homePhoneFlag: 2 }) }, 'VPL5SGC44E'],
    ["the co-owner's date of birth is in the future", { coOwner: { nameLine1: 'JOAO SOUZA', dateOfBirth: '2999-01-01' } }, 'VPL5SGC53E'],
  ])('answers 422 when %s, and changes nothing', async (_name, options, code) => {
    const mock = await startMock();
    const { call } = await fvSession(mock);
    await expectRefusal(mock, () => call('POST', '/customer/l8v2', customerAddBody(options)), 422, code);
  });

  it('accepts one preferred channel with its entry and a past date of birth', async () => {
    const mock = await startMock();
    const { call } = await fvSession(mock);
    const number = await addCustomer(call, { owner: owner({ email: 'maria@example.com', emailFlag: 2, mobilePhoneNumber: '11988887777', mobilePhoneFlag: 1, dateOfBirth: '1980-05-17' }) });
    expect(number).toMatch(/^\d{19}$/);
  });
});

describe('Customer Update checks only the rules its fields touch', () => {
  /** A customer whose stored owner breaks the preferred-channel and birth-date rules (as a loaded state may). */
  async function withStoredBreakage() {
    const mock = await startMock();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    const store = mock.sandboxes.get().firstvision;
    const customer = store.customers.get(customerNumber);
    if (!customer) throw new Error('customer not stored');
    store.customers.replace({ ...customer, owner: { ...customer.owner, homePhoneNumber: '1133334444', homePhoneFlag: 2, email: 'maria@example.com', emailFlag: 2, dateOfBirth: '2999-01-01' } });
    const update = (extra: Record<string, unknown>) => call('PUT', '/customer', { organizationNumber: 970, customerNumber, numberType: '1', ...extra });
    return { mock, update };
  }

  it.each([
    ['only the VIP status', { vipStatus: 1 }],
    ["the owner's city", { demographicDataIndicator: '1', city: 'RECIFE' }],
    ["the owner's mobile phone, not preferred", { demographicDataIndicator: '1', mobilePhoneNumber: '11988887777', mobilePhoneIndicator: 1 }],
  ])('changes %s of a customer whose stored record breaks other rules', async (_name, extra) => {
    const { update } = await withStoredBreakage();
    const response = await update(extra);
    expect(response.status).toBe(200);
  });

  it('answers VPL5SGC42E when the update makes another channel preferred, and changes nothing', async () => {
    const { mock, update } = await withStoredBreakage();
    await expectRefusal(mock, () => update({ demographicDataIndicator: '1', employerPhoneNumber: '1155556666', employerPhoneFlag: 2 }), 422, 'VPL5SGC42E');
  });
});
