/** How a request value is stored: as sent, a dd/mm/yyyy date as ISO, a CPF or CNPJ formatted. */
export type FieldKind = 'plain' | 'date' | 'cpf' | 'cnpj';

/** The record types that get ids, each from its own sequence. */
export const NESTED_KINDS = ['Customer', 'Phone', 'Email', 'Address', 'BankReference', 'JobReference', 'PersonalReference'] as const;

export type NestedKind = (typeof NESTED_KINDS)[number];

/** One nested object type: its scalar fields and its children, in the order their ids are assigned. */
export type ObjectSpec = {
  kind: NestedKind;
  fields: Readonly<Record<string, FieldKind>>;
  children: readonly { key: string; many: boolean; spec: ObjectSpec }[];
};

function plain(...names: string[]): Record<string, FieldKind> {
  return Object.fromEntries(names.map((name) => [name, 'plain' as const]));
}

const phone: ObjectSpec = { kind: 'Phone', fields: plain('code', 'number', 'phone_type_id'), children: [] };
const email: ObjectSpec = { kind: 'Email', fields: plain('address'), children: [] };

const address: ObjectSpec = {
  kind: 'Address',
  fields: plain(
    'address_type_id', 'zip_code', 'street', 'number', 'complement', 'neighborhood', 'reference', 'city', 'state_id',
    'set_time_year', 'set_time_month', 'build_type_id', 'rent_value_cents',
  ),
  children: [],
};

const bankReference: ObjectSpec = {
  kind: 'BankReference',
  fields: { ...plain('bank_id', 'overdraft', 'agency', 'account_number', 'digit'), open_at: 'date' },
  children: [],
};

const jobReference: ObjectSpec = {
  kind: 'JobReference',
  fields: {
    ...plain(
      'name', 'company_activity_id', 'department', 'detail', 'first_job', 'income_cents', 'another_income_cents',
      'another_income_type_id', 'profession_id', 'professional_ocupation_id', 'previous_work',
    ),
    cnpj: 'cnpj',
    joined_at: 'date',
    previous_work_start_at: 'date',
    previous_work_end_at: 'date',
  },
  children: [
    { key: 'address', many: false, spec: address },
    { key: 'phone', many: false, spec: phone },
    { key: 'previous_job_phone', many: false, spec: phone },
  ],
};

const personalReference: ObjectSpec = {
  kind: 'PersonalReference',
  fields: plain('name', 'relationship', 'city'),
  children: [{ key: 'phone', many: false, spec: phone }],
};

const accountant: ObjectSpec = { ...personalReference, fields: plain('name', 'city') };

/**
 * The customer and everything nested in it. The children order fixes the ids a new customer gets, chosen so
 * that the ids written in the "atualizar cliente" example (address 1, addresses 2–3, job address 4; phones 1–2,
 * job phones 3–4, reference phone 5, accountant phone 6; personal reference 1, accountant 2) are the ones a
 * fresh sandbox assigns when that body is created.
 */
export const customerSpec: ObjectSpec = {
  kind: 'Customer',
  fields: {
    ...plain(
      'name', 'nickname', 'genre_id', 'marital_status_id', 'education_id', 'nationality', 'place_of_birth',
      'state_of_birth_id', 'mother', 'father', 'document_type', 'rg', 'rg_state_id', 'rg_issuing', 'has_cnh', 'cnh',
      'cnh_type_id', 'spouse_name', 'property', 'public_person', 'have_bank_account', 'have_credit_card',
      'credit_cards', 'has_made_funding', 'previous_funding_bank_id', 'accept_boleto', 'note', 'joint_stock_cents',
      'ie', 'im', 'company_activity_id',
    ),
    cpf: 'cpf',
    spouse_cpf: 'cpf',
    cnpj: 'cnpj',
    born_at: 'date',
    rg_date: 'date',
    spouse_born_at: 'date',
  },
  children: [
    { key: 'address', many: false, spec: address },
    { key: 'addresses', many: true, spec: address },
    { key: 'phones', many: true, spec: phone },
    { key: 'emails', many: true, spec: email },
    { key: 'bank_references', many: true, spec: bankReference },
    { key: 'job_reference', many: false, spec: jobReference },
    { key: 'personal_references', many: true, spec: personalReference },
    { key: 'accountant', many: false, spec: accountant },
  ],
};
