/**
 * One finding of a validation: where (a JSON pointer, prefixed by the request part: `/body/…`, `/query/…`,
 * `/params/…`, `/headers/…`), which rule (`required`, `type`, `format`, …) and a sentence saying what is wrong.
 */
export type Diagnostic = {
  path: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
  /** The `title` of the failing schema, when the contract gives one (used for human messages). */
  title?: string;
};
