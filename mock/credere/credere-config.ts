/** How the Credere mock behaves; every field has a default in `defaultCredereConfig`. */
export type CredereConfig = {
  /** Accepted bearer keys; empty means any non-empty key. */
  tokens: string[];
  /** On update, replace nested collections instead of merging them by id. */
  replaceCollections: boolean;
  /** On update without bank_validations, check no bank (the behaviour before issue 10) instead of every integrated bank. */
  lenientUpdates: boolean;
  /** A JSON file replacing data/credere/bank-requirements.json. */
  bankRequirementsFile?: string;
};

export const defaultCredereConfig: CredereConfig = {
  tokens: [],
  replaceCollections: false,
  lenientUpdates: false,
};
