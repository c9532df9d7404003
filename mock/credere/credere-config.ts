/** How the Credere mock behaves; every field has a default in `defaultCredereConfig`. */
export type CredereConfig = {
  /** Accepted bearer keys; empty means any non-empty key. */
  tokens: string[];
  /** On update, replace nested collections instead of merging them by id. */
  replaceCollections: boolean;
  /** A JSON file replacing data/credere/bank-requirements.json. */
  bankRequirementsFile?: string;
};

export const defaultCredereConfig: CredereConfig = {
  tokens: [],
  replaceCollections: false,
};
