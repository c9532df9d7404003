import type { ApiResponse, Handler, HandlerContext } from '../../src/plugin/api-plugin.js';
import { customers } from './credere-collections.js';
import { notFound } from './credere-domain-error.js';
import type { CredereSandbox } from './credere-sandbox.js';
import { createCustomer, findByDocument, updateCustomer } from './customer-commands.js';
import type { BankValidationsInput, CustomerInput, CustomerRecord } from './customer-record.js';
import { listCustomers, type ListQuery } from './list-customers.js';
import { renderCustomer } from './render-customer.js';

type Context = HandlerContext<CredereSandbox>;

/** A create or update body, as the contract lets it through. */
type CustomerBody = { bank_validations?: BankValidationsInput; customer: CustomerInput };

function bodyOf(context: Context): CustomerBody {
  return context.values.body as CustomerBody;
}

function idOf(context: Context): number {
  return context.values.params.id as number;
}

/** The full response shape of a customer, rendered now (nothing rendered is stored). */
function view(context: Context, customer: CustomerRecord): Record<string, unknown> {
  return renderCustomer(customer, context.sandbox.data, context.sandbox.faker);
}

function answer(context: Context, customer: CustomerRecord): ApiResponse {
  return { status: 200, body: { customer: view(context, customer) } };
}

const create: Handler<CredereSandbox> = async (context) => {
  const body = bodyOf(context);
  return answer(context, await createCustomer(context.tx, context.sandbox, body.customer, body.bank_validations));
};

/** PUT and PATCH: the same partial update. */
const update: Handler<CredereSandbox> = async (context) => {
  const body = bodyOf(context);
  const options = body.bank_validations ? { bankValidations: body.bank_validations } : {};
  return answer(context, await updateCustomer(context.tx, context.sandbox, idOf(context), body.customer, options));
};

const get: Handler<CredereSandbox> = async (context) => {
  const customer = await context.tx.get(customers, String(idOf(context)));
  if (!customer) throw notFound('Customer', idOf(context));
  return answer(context, customer);
};

const find: Handler<CredereSandbox> = async (context) => {
  const customer = await findByDocument(context.tx, context.values.query.cpf_cnpj as string);
  if (!customer) throw notFound('Customer');
  return answer(context, customer);
};

const list: Handler<CredereSandbox> = async (context) => {
  const q = context.values.query as { page?: number; per_page?: number; name?: string; cpf_cnpj?: string; sort?: ListQuery['sort'] };
  const query: ListQuery = { page: q.page, perPage: q.per_page, name: q.name, cpfCnpj: q.cpf_cnpj, sort: q.sort };
  const page = await listCustomers(context.tx, query);
  return { status: 200, body: { customers: page.map((customer) => view(context, customer)) } };
};

/** Handlers of the customer operations, by operation id. */
export const customersHandlers: Record<string, Handler<CredereSandbox>> = {
  customersCreate: create,
  customersUpdate: update,
  customersPatch: update,
  customersGet: get,
  customersFind: find,
  customersList: list,
};
