import { expect } from 'vitest';
import { signRequest } from '../../mock/firstvision/client/sign-request.js';
import type { RunningMock } from '../helpers/start-mock.js';

export const API_KEY = 'clientela-key';
export const SECRET = 'clientela-secret';
export const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;

/** Asks the mock for a bearer token. */
export async function fetchToken(mock: RunningMock, headers: Record<string, string> = { apikey: API_KEY, authorization: basic(API_KEY, SECRET) }) {
  return mock.call('POST', '/firstvision/fvlatam/token', {
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    raw: 'grant_type=client_credentials',
  });
}

export type FvCall = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => ReturnType<RunningMock['call']>;

/** A FirstVision client over a running mock: token fetched once, auth headers on every call. */
export async function fvSession(mock: RunningMock): Promise<{ token: string; call: FvCall; auth: Record<string, string> }> {
  const token = (await fetchToken(mock)).body.access_token as string;
  const auth = { apikey: API_KEY, authorization: `Bearer ${token}`, 'x-clientid': '00970' };
  const call: FvCall = (method, path, body, headers = {}) =>
    mock.call(method, `/firstvision${path}`, { headers: { ...auth, ...headers }, ...(body === undefined ? {} : { body }) });
  return { token, call, auth };
}

/** Signature headers for a raw body (the mock's default formula). */
export function signed(raw: string, requestId: string, timestamp = Date.now(), secret = SECRET): Record<string, string> {
  const ts = String(timestamp);
  return { 'x-client-request-id': requestId, timestamp: ts, signature: signRequest({ secret, apiKey: API_KEY, requestId, timestamp: ts, body: raw }) };
}

/** A Customer Add body; `number` omitted lets the mock generate one. */
export function customerAddBody(options: { org?: number | string; number?: string; account?: string; owner?: Record<string, unknown>; coOwner?: Record<string, unknown> } = {}) {
  return {
    customerData: {
      customerKeyData: {
        organizationNumber: options.org ?? 970,
        ...(options.number === undefined ? {} : { customerNumber: options.number }),
        ...(options.account === undefined ? {} : { accountNumber: options.account }),
        coOwnerIndicator: 1,
        dualFlag: '0',
      },
      ownerCoOwnerData: {
        ownerData: options.owner ?? { nameLine1: 'MARIA APARECIDA SOUZA', houseAddress1: 'AV PAULISTA 1500', city: 'SAO PAULO', state: 'SP', postalCode: '01310-200' },
        ...(options.coOwner ? { coOwnerData: options.coOwner } : {}),
      },
    },
  };
}

/** A Relationship Add body. */
export function relationshipAddBody(customerNumber: string, extra: Record<string, unknown> = {}) {
  return { organizationNumber: 970, customerNumber, creditLimit: 500000, billingCycle: 10, relationshipBillingLevel: 0, modificationAccountLevelFlag: 1, ...extra };
}

/** An Account Add body. */
export function accountAddBody(customerNumber: string, extra: Record<string, unknown> = {}) {
  return { accountData: { organization: 970, logo: 401, customerNumber, creditLimit: 10000, ...extra } };
}

/** Creates a customer through the API and answers its number. */
export async function addCustomer(call: FvCall, options: Parameters<typeof customerAddBody>[0] = {}): Promise<string> {
  const response = await call('POST', '/customer/l8v2', customerAddBody(options));
  if (response.status !== 200) throw new Error(`customer add: ${JSON.stringify(response.body)}`);
  return response.body.data.customerNumber as string;
}

/** Creates an account through the API and answers its number. */
export async function addAccount(call: FvCall, customerNumber: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await call('POST', '/account/add-L8V3', accountAddBody(customerNumber, extra));
  if (response.status !== 200) throw new Error(`account add: ${JSON.stringify(response.body)}`);
  return response.body.data.accountNumber as string;
}

/** Creates a card through the API and answers it as shown. */
export async function addCard(call: FvCall, accountNumber: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await call('POST', '/cards/embosser/l8vf', { organizationNumber: 970, postToAccount: accountNumber, ...extra });
  if (response.status !== 200) throw new Error(`embosser add: ${JSON.stringify(response.body)}`);
  return response.body.data.cardNumber as string;
}

/** Sends a request that must be refused with `status` and `code`, and checks the state did not change. */
export async function expectRefusal(mock: RunningMock, send: () => ReturnType<RunningMock['call']>, status: number, code: string): Promise<void> {
  const before = await mock.state();
  const response = await send();
  expect({ status: response.status, code: response.body?.errors?.[0]?.code }).toEqual({ status, code });
  expect(response.body).toMatchObject({ hasError: true, data: null });
  expect(await mock.state()).toEqual(before);
}

/** A customer with one account in `mock`, both created through the API. */
export async function customerWithAccount(mock: RunningMock) {
  const { call } = await fvSession(mock);
  const customerNumber = await addCustomer(call);
  const accountNumber = await addAccount(call, customerNumber);
  return { mock, call, customerNumber, accountNumber };
}

export type Reserved = { customers: string[]; accounts: string[]; relationships: string[]; cards: string[] };

/** Reserves one number of each kind in org 970, logo 401. */
export async function reserve(call: FvCall): Promise<Reserved> {
  const data = (await call('POST', '/customer/generation', {
    organizationNumber: 970, logo: '401', dualIndicator: '0',
    customerNumbersRequested: 1, accountNumbersRequested: 1, relationshipNumbersRequested: 1, embosserNumbersRequested: 1,
  })).body.data;
  return {
    customers: data.customerData.map((row: { customerNumber: string }) => row.customerNumber),
    accounts: data.accountData.map((row: { accountNumber: string }) => row.accountNumber),
    relationships: data.relationshipData.map((row: { relationshipNumber: string }) => row.relationshipNumber),
    cards: data.embosserData.map((row: { cardNumber: string }) => row.cardNumber),
  };
}
