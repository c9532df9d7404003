import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { CompiledContract } from '../validation/compile-contract.js';
import type { ApiName, Contract } from './contract.js';
import { ContractError } from './contract-error.js';
import { type PathTemplate, pathTemplate, templateParams } from './path-template.js';

type PathMatcher = PathTemplate & { compiled: CompiledContract };

/** A matched operation and the path parameters taken from the URL. */
export type OperationMatch = { compiled: CompiledContract; params: Record<string, string> };

/**
 * Every loaded contract, by operation id and by API; also finds the operation a method and path belong to.
 * @example registry.match('acme', 'GET', '/widgets/42')
 */
export class ContractRegistry {
  readonly ajv: Ajv2020;
  #byId = new Map<string, CompiledContract>();
  #matchers: Record<string, PathMatcher[]> = {};
  /** Paths without parameters, by `api METHOD path`: most requests are found in one Map lookup. */
  #literal = new Map<string, CompiledContract>();

  constructor(ajv: Ajv2020) {
    this.ajv = ajv;
  }

  add(compiled: CompiledContract): void {
    const { contract } = compiled;
    if (this.#byId.has(contract.operationId)) {
      throw new ContractError(contract.file, '/operationId', `"${contract.operationId}" is declared twice`);
    }
    this.#byId.set(contract.operationId, compiled);
    const key = `${contract.api} ${contract.method}`;
    const list = (this.#matchers[key] ??= []);
    for (const path of [contract.path, ...(contract.aliases ?? [])]) {
      if (path.includes('{')) list.push({ ...pathTemplate(path), compiled });
      else this.#literal.set(`${key} ${path}`, compiled);
    }
    // Literal segments win over parameters: `/customers/find` before `/customers/{id}`.
    list.sort((a, b) => a.names.length - b.names.length);
  }

  get(operationId: string): CompiledContract {
    const compiled = this.#byId.get(operationId);
    if (!compiled) throw new Error(`no contract has operationId "${operationId}"`);
    return compiled;
  }

  /** The `$id` of every compiled request and response schema (what the validator cache stores). */
  schemaIds(): string[] {
    return this.all().flatMap((compiled) =>
      [...Object.values(compiled.request), ...compiled.responses.values()]
        .filter((validate) => validate !== undefined)
        .map((validate) => (validate.schema as { $id: string }).$id),
    );
  }

  has(operationId: string): boolean {
    return this.#byId.has(operationId);
  }

  all(): CompiledContract[] {
    return [...this.#byId.values()];
  }

  contracts(api?: ApiName): Contract[] {
    return this.all()
      .map((compiled) => compiled.contract)
      .filter((contract) => api === undefined || contract.api === api);
  }

  /**
   * The operation of `api` that serves `method path` (path relative to the API's mount), if any. HEAD is served by
   * the GET operation of the path (RFC 9110 §9.3.2: the same answer, without its body).
   */
  match(api: ApiName, method: string, path: string): OperationMatch | undefined {
    const upper = method.toUpperCase();
    const key = `${api} ${upper === 'HEAD' ? 'GET' : upper}`;
    const literal = this.#literal.get(`${key} ${path}`);
    if (literal) return { compiled: literal, params: {} };
    for (const matcher of this.#matchers[key] ?? []) {
      const params = templateParams(matcher, path);
      if (params) return { compiled: matcher.compiled, params };
    }
    return undefined;
  }
}
