import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { createAjv } from '../validation/create-ajv.js';
import { toDiagnostics } from '../validation/to-diagnostics.js';
import type { LoadedScenario, Scenario } from './scenario.js';
import { type ScenarioParts, scenarioSchema } from './scenario-schema.js';
import { type ParameterValue, resolveParameters, substitute } from './substitute-parameters.js';

type Validators = { scenario: ValidateFunction; parameters: ValidateFunction };
const compiled = new WeakMap<ScenarioParts, Validators>();

/** The scenario schema with these APIs' parts, compiled once per set of parts. */
function validators(parts: ScenarioParts): Validators {
  const known = compiled.get(parts);
  if (known) return known;
  const ajv = createAjv();
  const schema = scenarioSchema(parts);
  const made = { scenario: ajv.compile(schema), parameters: ajv.compile(schema.properties.parameters) };
  compiled.set(parts, made);
  return made;
}

/** A scenario, or every reason it is not one, each as `file:line:col: what is wrong`. */
export type ScenarioLoad = { ok: true; loaded: LoadedScenario } | { ok: false; errors: string[] };

function keyRange(document: Document, path: Array<string | number>): [number, number, number] | undefined {
  // A mapping entry is located at its key (`colour: red` points at `colour`), an item or a document at itself.
  const parent: unknown = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
  return pair && isScalar(pair.key) ? pair.key.range ?? undefined : undefined;
}

function locator(file: string, document: Document, lines: LineCounter): (pointer: string) => string {
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  return (pointer) => {
    const path = pointer.split('/').slice(1).map((key) => (/^\d+$/.test(key) ? Number(key) : key.replaceAll('~1', '/').replaceAll('~0', '~')));
    // The deepest node that exists on the path: a missing property is reported at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const key = depth > 0 ? keyRange(document, path.slice(0, depth)) : undefined;
      if (key) return at(key[0]);
      const node: unknown = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    return `${file}:1:1`;
  };
}

function check(validate: ValidateFunction, prefix: string, value: unknown, locate?: (pointer: string) => string): string[] {
  if (validate(value)) return [];
  return toDiagnostics(prefix, validate.errors).map((d) => `${locate ? `${locate(d.path)}: ` : ''}${d.path || '/'} ${d.message}`);
}

/**
 * Checks a substituted scenario against the schema; errors are located with `locate` when given.
 * @example checkScenario({ name: 'x', description: 'y', clock: 'soon' }, parts) // ['/clock must be …']
 */
export function checkScenario(value: unknown, parts: ScenarioParts, locate?: (pointer: string) => string): string[] {
  return check(validators(parts).scenario, '', value, locate);
}

/** Checks the `parameters` of a raw scenario (absent is fine), before they are used to substitute anything. */
function checkParameters(declared: unknown, parts: ScenarioParts, locate: (pointer: string) => string): string[] {
  return declared === undefined ? [] : check(validators(parts).parameters, '/parameters', declared, locate);
}

/**
 * Parses and checks a scenario's YAML text (its defaults substituted); `file` names it in messages.
 * @example parseScenario('name: x\ndescription: y\n', 'x.yaml', parts) // { ok: true, loaded: … }
 */
export function parseScenario(text: string, file: string, parts: ScenarioParts): ScenarioLoad {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        return `${file}:${line}:${col}: ${error.message.split('\n')[0]}`;
      }),
    };
  }
  const locate = locator(file, document, lines);
  const raw: unknown = document.toJS();
  if (!isMap(document.contents)) return { ok: false, errors: [`${file}:1:1: a scenario is a YAML mapping (name, description, …)`] };
  const declared: unknown = (raw as Record<string, unknown>).parameters;
  const shape = checkParameters(declared, parts, locate);
  if (shape.length > 0) return { ok: false, errors: shape };
  const params = resolveParameters(declared as Scenario['parameters']);
  if (!params.ok) return { ok: false, errors: params.errors.map((error) => `${locate('/parameters')}: ${error}`) };
  const unknown = new Set<string>();
  const scenario = substitute(raw, params.values, unknown);
  const errors = checkScenario(scenario, parts, locate);
  for (const name of unknown) errors.push(`${locate('')}: placeholder {${name}} names no parameter`);
  const expected = basename(file).replace(/\.ya?ml$/, '');
  if (errors.length === 0 && file.match(/\.ya?ml$/) && (scenario as Scenario).name !== expected) {
    errors.push(`${locate('/name')}: name must be "${expected}", as the file is named`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, loaded: { file, raw: raw as Scenario, scenario: scenario as Scenario } };
}

/** Reads and parses one scenario file. */
export function loadScenarioFile(file: string, parts: ScenarioParts): ScenarioLoad {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`${file}: cannot read: ${(error as Error).message}`] };
  }
  return parseScenario(text, file, parts);
}

/**
 * The scenario with `given` parameters (defaults for the rest), checked again after substitution.
 * @example withParameters(loaded, { employees: '10' }, parts)
 */
export function withParameters(
  loaded: LoadedScenario,
  given: Record<string, unknown>,
  parts: ScenarioParts,
): { ok: true; scenario: Scenario; values: Record<string, ParameterValue> } | { ok: false; errors: string[] } {
  const params = resolveParameters(loaded.raw.parameters, given);
  if (!params.ok) return params;
  if (Object.keys(given).length === 0) return { ok: true, scenario: loaded.scenario, values: params.values };
  const scenario = substitute(loaded.raw, params.values);
  const errors = checkScenario(scenario, parts, () => loaded.file);
  return errors.length ? { ok: false, errors } : { ok: true, scenario: scenario as Scenario, values: params.values };
}
