import { buildUrl, type ClientResult, type FetchLike, sendJson } from '../../../src/clients/send-json.js';
import { FIRSTVISION_MOUNT } from '../firstvision-mount.js';
import { signFirstVisionRequest } from './sign-firstvision-request.js';
import type {
  AccountNumberInquiryRequest,
  AccountNumberInquiryResponse200,
  CardsDetailsResponse200,
  CardsInquiryResponse200,
  CurrentPriorAddressResponse200,
  CustomerActivationAddRequest,
  CustomerActivationAddResponse200,
  CustomerLookupRequest,
  CustomerLookupResponse200,
  CustomerAddRequest,
  CustomerReversalUpdateRequest,
  CustomerReversalUpdateResponse200,
  CustomerAddResponse200,
  RelationshipFindRequest,
  RelationshipFindResponse200,
  RelationshipInquiryResponse200,
  RelationshipCustomerInquiryResponse200,
  TokenResponse200,
} from './firstvision-api.js';

export type FirstVisionClientOptions = {
  /** Where the API lives, without `/firstvision` (e.g. `http://127.0.0.1:4010`). */
  baseUrl: string;
  apiKey: string;
  apiSecret: string;
  /** The five-character `X-ClientID`. */
  clientId: string;
  /** The product segment of the token URL. Default `cards`. */
  product?: string;
  /** A bearer token to use as is (no token call); consumer tests pass one. */
  token?: string;
  /** Sign every request (`Signature`, `X-Client-Request-Id`, `Timestamp`). */
  sign?: boolean;
  fetch?: FetchLike;
};

type Call = { method: string; path: string; query?: Record<string, string | number | undefined>; headers?: Record<string, string>; body?: unknown };

/**
 * A typed FirstVision client: fetches (and caches) a bearer token with the client credentials, then sends
 * `apikey`, `Authorization` and `X-ClientID` (and an HMAC `Signature` when `sign` is on) on every call.
 * @example const fv = new FirstVisionClient({ baseUrl, apiKey, apiSecret, clientId: '00970' }); await fv.customerAdd(body)
 */
export class FirstVisionClient {
  readonly #options: FirstVisionClientOptions;
  #token: string | undefined;

  constructor(options: FirstVisionClientOptions) {
    this.#options = options;
    this.#token = options.token;
  }

  /** `POST /{product}/token` with HTTP Basic `apikey:secret` and `grant_type=client_credentials`. */
  async requestToken(): Promise<ClientResult<TokenResponse200>> {
    const { apiKey, apiSecret, baseUrl, product = 'cards' } = this.#options;
    const result = await sendJson<TokenResponse200>(
      {
        method: 'POST',
        url: buildUrl(baseUrl, `${FIRSTVISION_MOUNT}/${product}/token`),
        headers: {
          apikey: apiKey,
          authorization: `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        rawBody: 'grant_type=client_credentials',
      },
      this.#options.fetch,
    );
    if (result.ok) this.#token = result.body.access_token;
    return result;
  }

  /** Any FirstVision operation, authenticated (path relative to `/firstvision`). */
  async call<T>({ method, path, query, headers = {}, body }: Call): Promise<ClientResult<T>> {
    if (this.#token === undefined) {
      const token = await this.requestToken();
      if (!token.ok) return token;
    }
    const { apiKey, apiSecret, clientId, baseUrl } = this.#options;
    const rawBody = body === undefined ? undefined : JSON.stringify(body);
    const signed = this.#options.sign ? signFirstVisionRequest({ apiKey, apiSecret, rawBody: rawBody ?? '' }) : {};
    return sendJson<T>(
      {
        method,
        url: buildUrl(baseUrl, `${FIRSTVISION_MOUNT}${path}`, query),
        headers: {
          apikey: apiKey,
          authorization: `Bearer ${this.#token ?? ''}`,
          'x-clientid': clientId,
          ...(rawBody === undefined ? {} : { 'content-type': 'application/json' }),
          ...signed,
          ...headers,
        },
        ...(rawBody === undefined ? {} : { rawBody }),
      },
      this.#options.fetch,
    );
  }

  customerAdd(body: CustomerAddRequest): Promise<ClientResult<CustomerAddResponse200>> {
    return this.call({ method: 'POST', path: '/customer/l8v2', body });
  }

  /** Customer with PAN Activation Add: a new customer record, and the card `panToken` on `accountNumber` activated. */
  customerActivationAdd(body: CustomerActivationAddRequest): Promise<ClientResult<CustomerActivationAddResponse200>> {
    return this.call({ method: 'POST', path: '/customer/activation', body });
  }

  /** Customer Reversal Update: Customer Update's change, and the card `panToken` put back to waiting for activation. */
  customerReversalUpdate(body: CustomerReversalUpdateRequest): Promise<ClientResult<CustomerReversalUpdateResponse200>> {
    return this.call({ method: 'PUT', path: '/customer/reversal', body });
  }

  /** Customer Lookup (2021): customers by identification number, last name, phone or postal code, paged by `startToken`. */
  customerLookup(body: CustomerLookupRequest): Promise<ClientResult<CustomerLookupResponse200>> {
    return this.call({ method: 'POST', path: '/customer/lookup', body });
  }

  cardsDetails(customerNumber: string, query: { organizationNumber?: number; functionCode?: string } = {}): Promise<ClientResult<CardsDetailsResponse200>> {
    return this.call({ method: 'GET', path: '/customer/v3/cards/details', query, headers: { customernumber: customerNumber } });
  }

  /** Cards Inquiry: the customer's cards, five per page (pages 0 and 1 are the first). */
  cardsInquiry(organizationNumber: number, customerNumber: string, query: { hasOtherCardHolder: boolean; pageNumber: number }): Promise<ClientResult<CardsInquiryResponse200>> {
    return this.call({ method: 'GET', path: '/customer/v1/cards', query: { hasOtherCardHolder: String(query.hasOtherCardHolder), pageNumber: query.pageNumber }, headers: { organizationnumber: String(organizationNumber), customernumber: customerNumber } });
  }

  relationshipFind(body: RelationshipFindRequest): Promise<ClientResult<RelationshipFindResponse200>> {
    return this.call({ method: 'POST', path: '/customer/relationshipNumber', body });
  }

  /** Inquire Relationship Customer (2021): the POST form of `relationshipInquiry`, no body. */
  relationshipCustomerInquiry(customerNumber: string, organizationNumber: number): Promise<ClientResult<RelationshipCustomerInquiryResponse200>> {
    return this.call({ method: 'POST', path: `/customer/${encodeURIComponent(customerNumber)}/relationshipNumber`, query: { organizationNumber } });
  }

  relationshipInquiry(customerNumber: string, organizationNumber: number): Promise<ClientResult<RelationshipInquiryResponse200>> {
    return this.call({ method: 'GET', path: `/customer/${encodeURIComponent(customerNumber)}/relationship`, query: { organizationNumber } });
  }

  currentPriorAddress(
    accountNumber: string,
    query: { organizationNumber: number; ownerCoOwnerFlag?: 0 | 1 | 2; currentPriorFlag?: string },
  ): Promise<ClientResult<CurrentPriorAddressResponse200>> {
    return this.call({ method: 'GET', path: `/customer/${encodeURIComponent(accountNumber)}/current-prior-address`, query });
  }

  accountNumberInquiry(body: AccountNumberInquiryRequest): Promise<ClientResult<AccountNumberInquiryResponse200>> {
    return this.call({ method: 'POST', path: '/customer/accountNumber', body });
  }
}
