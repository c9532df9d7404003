/**
 * What the Credere store keeps per customer. Lean on purpose (a benchmark holds a million of them): timestamps
 * are epoch milliseconds, dates ISO strings, unset fields and empty collections are absent; the full response
 * shape is rendered on demand by `renderCustomer`.
 */
export type Stamped = { id: number; created_at: number; updated_at: number };

export type PhoneRecord = Stamped & { code?: number; number?: number; phone_type_id?: number };

export type EmailRecord = Stamped & { address?: string };

export type AddressRecord = Stamped & {
  address_type_id?: number;
  zip_code?: string;
  street?: string;
  number?: string;
  complement?: string;
  neighborhood?: string;
  reference?: string;
  city?: string;
  state_id?: number;
  set_time_year?: number;
  set_time_month?: number;
  build_type_id?: number;
  rent_value_cents?: number;
};

export type BankReferenceRecord = Stamped & {
  bank_id?: number;
  overdraft?: boolean;
  agency?: string;
  account_number?: string;
  digit?: string;
  open_at?: string;
};

export type JobReferenceRecord = Stamped & {
  name?: string;
  cnpj?: string;
  company_activity_id?: number;
  department?: string;
  detail?: string;
  first_job?: boolean;
  joined_at?: string;
  income_cents?: number;
  another_income_cents?: number;
  another_income_type_id?: number;
  profession_id?: number;
  professional_ocupation_id?: number;
  previous_work?: string;
  previous_work_start_at?: string;
  previous_work_end_at?: string;
  address?: AddressRecord;
  phone?: PhoneRecord;
  previous_job_phone?: PhoneRecord;
};

/** A personal reference; the accountant is one too (Credere answers it as a PersonalReference). */
export type PersonalReferenceRecord = Stamped & { name?: string; relationship?: string; city?: string; phone?: PhoneRecord };

export type CustomerRecord = Stamped & {
  cpf: string;
  name: string;
  nickname?: string;
  born_at?: string;
  genre_id?: number;
  marital_status_id?: number;
  education_id?: number;
  nationality?: string;
  place_of_birth?: string;
  state_of_birth_id?: number;
  mother?: string;
  father?: string;
  document_type?: string;
  rg?: string;
  rg_date?: string;
  rg_state_id?: number;
  rg_issuing?: string;
  has_cnh?: boolean;
  cnh?: string;
  cnh_type_id?: number;
  spouse_name?: string;
  spouse_born_at?: string;
  spouse_cpf?: string;
  property?: number;
  public_person?: boolean;
  have_bank_account?: boolean;
  have_credit_card?: boolean;
  credit_cards?: string;
  has_made_funding?: boolean;
  previous_funding_bank_id?: number;
  accept_boleto?: boolean;
  note?: string;
  cnpj?: string;
  joint_stock_cents?: number;
  ie?: string;
  im?: string;
  company_activity_id?: number;
  address?: AddressRecord;
  job_reference?: JobReferenceRecord;
  accountant?: PersonalReferenceRecord;
  phones?: PhoneRecord[];
  emails?: EmailRecord[];
  addresses?: AddressRecord[];
  bank_references?: BankReferenceRecord[];
  personal_references?: PersonalReferenceRecord[];
};

/** A request object as the contract lets it through: nested objects may carry the `id` of an existing record. */
export type InputObject = { id?: number; [field: string]: unknown };

/** `customer` of a create or update body (already validated against the contract). */
export type CustomerInput = InputObject;

/** `bank_validations` of a create or update body. */
export type BankValidationsInput = { bank_codes?: string[]; store_id?: number };
