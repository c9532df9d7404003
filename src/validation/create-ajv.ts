import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { customFormats } from './formats.js';
import { linearErrorMerge } from './linear-error-merge.js';

// ajv-formats is CommonJS: its callable is the default property of the module object.
const addFormats = addFormatsModule.default;

/**
 * The one Ajv 2020-12 instance of a process: strict, all errors, every format clientela knows.
 * @example const ajv = createAjv(); ajv.compile({ type: 'string', format: 'cpf' })
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    verbose: true,
    allowUnionTypes: true,
    validateFormats: true,
    // Keep generated source so compiled validators can be cached as standalone code (see validator-cache.ts),
    // where formats are reached through a `formats` argument.
    code: { source: true, formats: _`formats`, process: linearErrorMerge },
  });
  addFormats(ajv, ['date', 'date-time', 'email', 'uri', 'uuid']);
  for (const [name, format] of Object.entries(customFormats)) {
    ajv.addFormat(name, { type: 'string', validate: format.validate });
  }
  return ajv;
}
