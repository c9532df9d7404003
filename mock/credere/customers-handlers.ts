import type { ApiResponse, Handler, HandlerContext } from '../api-module.js';
import { ApiError } from '../api-error.js';
import type { BankValidationsInput, CustomerInput, CustomerRecord } from './customer-record.js';
import type { ListQuery } from './list-customers.js';
import { credereNotFound } from './render-credere-error.js';

/** A create or update body, as the contract lets it through. */
type CustomerBody = { bank_validations?: BankValidationsInput; customer: CustomerInput };

function bodyOf(context: HandlerContext): CustomerBody {
  return context.values.body as CustomerBody;
}

function idOf(context: HandlerContext): number {
  return context.values.params.id as number;
}

function answer(context: HandlerContext, customer: CustomerRecord): ApiResponse {
  return { status: 200, body: { customer: context.world.credere.toResponse(customer) } };
}

const create: Handler = (context) => {
  const body = bodyOf(context);
  return answer(context, context.world.credere.createCustomer(body.customer, body.bank_validations));
};

/** PUT and PATCH: the same partial update. */
const update: Handler = (context) => {
  const body = bodyOf(context);
  const options = body.bank_validations ? { bankValidations: body.bank_validations } : {};
  return answer(context, context.world.credere.updateCustomer(idOf(context), body.customer, options));
};

const get: Handler = (context) => {
  const customer = context.world.credere.getCustomer(idOf(context));
  if (!customer) throw new ApiError(credereNotFound('Customer', idOf(context)));
  return answer(context, customer);
};

const find: Handler = (context) => {
  const customer = context.world.credere.findByDocument(context.values.query.cpf_cnpj as string);
  if (!customer) throw new ApiError(credereNotFound('Customer'));
  return answer(context, customer);
};

const list: Handler = (context) => {
  const q = context.values.query as { page?: number; per_page?: number; name?: string; cpf_cnpj?: string; sort?: ListQuery['sort'] };
  const query: ListQuery = { page: q.page, perPage: q.per_page, name: q.name, cpfCnpj: q.cpf_cnpj, sort: q.sort };
  const credere = context.world.credere;
  return { status: 200, body: { customers: credere.listCustomers(query).map((customer) => credere.toResponse(customer)) } };
};

/** Handlers of the customer operations, by operation id. */
export const customersHandlers: Record<string, Handler> = {
  customersCreate: create,
  customersUpdate: update,
  customersPatch: update,
  customersGet: get,
  customersFind: find,
  customersList: list,
};
