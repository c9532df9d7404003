import type { AddressRecord, BankReferenceRecord, CustomerRecord, EmailRecord, JobReferenceRecord, PersonalReferenceRecord, PhoneRecord, Stamped } from './customer-record.js';
import type { EntityFaker } from '../../src/fake/entity-faker.js';
import type { CredereData } from './load-credere-data.js';
import { compactDomain, formatTimestamp, fullDomain, renderBank } from './render-reference.js';

type Json = Record<string, unknown>;

function head(objectType: string, row: Stamped): Json {
  return { object_type: objectType, id: row.id, created_at: formatTimestamp(row.created_at), updated_at: formatTimestamp(row.updated_at) };
}

function phone(data: CredereData, row: PhoneRecord | undefined): Json | null {
  if (!row) return null;
  return { ...head('Phone', row), code: row.code ?? null, number: row.number ?? null, phone_type: fullDomain(data, 'PhoneType', 'phone_type', row.phone_type_id), phone_confirmation: null };
}

/** An e-mail sent without an address still needs one in the answer: a fake, stable for that e-mail id. */
function email(row: EmailRecord, faker: EntityFaker): Json {
  return { ...head('Email', row), address: row.address ?? faker.for(`credere:email:${row.id}`).internet.email() };
}

function address(data: CredereData, row: AddressRecord | undefined): Json | null {
  if (!row) return null;
  return {
    ...head('Address', row),
    city: row.city ?? null,
    complement: row.complement ?? null,
    number: row.number ?? null,
    reference: row.reference ?? null,
    street: row.street ?? null,
    set_time_month: row.set_time_month ?? null,
    set_time_year: row.set_time_year ?? null,
    neighborhood: row.neighborhood ?? null,
    zip_code: row.zip_code ?? null,
    rent_value_cents: row.rent_value_cents ?? null,
    neighbourhood: row.neighborhood ?? null,
    state: fullDomain(data, 'State', 'states', row.state_id, ['abbreviation']),
    build_type: fullDomain(data, 'BuildType', 'build_type', row.build_type_id),
    address_type: fullDomain(data, 'AddressType', 'address_type', row.address_type_id),
  };
}

function bankReference(data: CredereData, row: BankReferenceRecord): Json {
  const bank = row.bank_id === undefined ? undefined : data.banksById.get(row.bank_id);
  return {
    ...head('BankReference', row),
    overdraft: row.overdraft ?? null,
    agency: row.agency ?? null,
    open_at: row.open_at ?? null,
    account_number: row.account_number ?? null,
    digit: row.digit ?? null,
    bank: bank ? renderBank(bank) : null,
  };
}

function personalReference(data: CredereData, row: PersonalReferenceRecord | undefined, relationship?: string): Json | null {
  if (!row) return null;
  return { ...head('PersonalReference', row), name: row.name ?? null, relationship: relationship ?? row.relationship ?? null, city: row.city ?? null, phone: phone(data, row.phone) };
}

function jobReference(data: CredereData, row: JobReferenceRecord | undefined): Json | null {
  if (!row) return null;
  return {
    ...head('JobReference', row),
    joined_at: row.joined_at ?? null,
    income_cents: row.income_cents ?? null,
    another_income_type: fullDomain(data, 'AnotherIncomeType', 'another_income_type', row.another_income_type_id),
    detail: row.detail ?? null,
    department: row.department ?? null,
    name: row.name ?? null,
    cnpj: row.cnpj ?? null,
    first_job: row.first_job ?? null,
    previous_work: row.previous_work ?? null,
    previous_work_start_at: row.previous_work_start_at ?? null,
    previous_work_end_at: row.previous_work_end_at ?? null,
    previous_job_phone: phone(data, row.previous_job_phone),
    another_income_cents: row.another_income_cents ?? null,
    address: address(data, row.address),
    phone: phone(data, row.phone),
    profession: fullDomain(data, 'Profession', 'profession', row.profession_id, ['identifier']),
    company_activity: fullDomain(data, 'CompanyActivity', 'company_activity', row.company_activity_id),
    professional_ocupation: fullDomain(data, 'ProfessionalOcupation', 'professional_ocupation', row.professional_ocupation_id, ['identifier']),
  };
}

const SCALARS = [
  'have_bank_account', 'have_credit_card', 'has_made_funding', 'property', 'public_person', 'born_at', 'rg', 'rg_date',
  'rg_state_id', 'genre_id', 'mother', 'education_id', 'marital_status_id', 'place_of_birth', 'state_of_birth_id',
  'document_type', 'rg_issuing', 'cnh', 'cnh_type_id', 'nationality', 'note', 'accept_boleto', 'nickname', 'father',
  'has_cnh', 'credit_cards', 'previous_funding_bank_id', 'spouse_name', 'spouse_born_at', 'spouse_cpf',
] as const satisfies readonly (keyof CustomerRecord)[];

const COMPANY = ['cnpj', 'joint_stock_cents', 'ie', 'im', 'company_activity_id'] as const satisfies readonly (keyof CustomerRecord)[];

/**
 * The full Customer of the contract, rendered from the lean record: every key present, null where the record
 * holds nothing, domain and bank ids also expanded into objects.
 * @example renderCustomer(store.getCustomer(1)!, data, faker).object_type // 'Customer'
 */
export function renderCustomer(customer: CustomerRecord, data: CredereData, faker: EntityFaker): Json {
  const out: Json = { ...head('Customer', customer), name: customer.name, cpf: customer.cpf };
  for (const key of SCALARS) out[key] = customer[key] ?? null;
  out.state = 'checagem';
  out.creation_external_link_id = null;
  for (const key of COMPANY) out[key] = customer[key] ?? null;
  const bank = customer.previous_funding_bank_id === undefined ? undefined : data.banksById.get(customer.previous_funding_bank_id);
  Object.assign(out, {
    rg_state: compactDomain(data, 'states', customer.rg_state_id, ['id', 'name', 'abbreviation']),
    genre: compactDomain(data, 'genre', customer.genre_id, ['id', 'name']),
    marital_status: compactDomain(data, 'marital_status', customer.marital_status_id, ['id', 'name', 'honda_code']),
    education: compactDomain(data, 'education', customer.education_id, ['id', 'name', 'honda_code', 'identifier']),
    state_of_birth: compactDomain(data, 'states', customer.state_of_birth_id, ['id', 'name', 'abbreviation']),
    cnh_type: compactDomain(data, 'cnh_type', customer.cnh_type_id, ['id', 'name']),
    company_activity: fullDomain(data, 'CompanyActivity', 'company_activity', customer.company_activity_id),
    accountant: personalReference(data, customer.accountant, 'Contador'),
    address: address(data, customer.address),
    job_reference: jobReference(data, customer.job_reference),
    previous_funding_bank: bank ? renderBank(bank) : null,
    addresses: (customer.addresses ?? []).map((row) => address(data, row)),
    bank_references: (customer.bank_references ?? []).map((row) => bankReference(data, row)),
    emails: (customer.emails ?? []).map((row) => email(row, faker)),
    guarantors: [],
    personal_references: (customer.personal_references ?? []).map((row) => personalReference(data, row)),
    phones: (customer.phones ?? []).map((row) => phone(data, row)),
    attachments: [],
    monthly_billings: [],
    partners: [],
  });
  return out;
}
