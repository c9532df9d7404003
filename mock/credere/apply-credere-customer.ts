import { bankNamer } from './bank-namer.js';
import { onlyDigits } from '../../src/numbers/cpf.js';
import { at } from '../../src/plugin/scenario-steps.js';
import type { ScenarioRun } from '../../src/plugin/scenario-run.js';
import type { CredereSandbox } from './credere-sandbox.js';
import type { CredereCustomerSpec } from './credere-scenario-spec.js';
import { createCustomer, findByDocument } from './customer-commands.js';
import { describeCredereFailure } from './describe-credere-failure.js';
import { fakeCredereField } from './fake-credere-field.js';

/** Faked CPFs tried before a copy gives up (each draw is free with probability above 99.9 % at 1,000,000 held). */
const MAX_DRAWS = 10;

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return;
  if (rest.length === 0) {
    if (target[head] === undefined) target[head] = value;
    return;
  }
  const inner = (target[head] ??= {}) as Record<string, unknown>;
  setPath(inner, rest.join('.'), value);
}

/** The customer of a spec: the fields given, plus a faked CPF, name and every field the banks of `completeFor` require. */
async function inputOf(run: ScenarioRun<CredereSandbox>, spec: CredereCustomerSpec, pointer: string): Promise<Record<string, unknown>> {
  const { requirements } = run.sandbox.data;
  const f = run.faker;
  const input: Record<string, unknown> = structuredClone(spec.customer ?? {});
  for (const path of ['cpf', 'name']) setPath(input, path, fakeCredereField(f, path));
  // `*` stands for every bank integrated with Credere (the keys of the requirements table).
  const codes = (spec.completeFor ?? []).flatMap((code) => (code === '*' ? [...requirements.keys()] : [code]));
  for (const code of codes) {
    const required = requirements.get(code);
    if (!required) {
      await at(`${pointer}/completeFor`, () => {
        throw new Error(`bank ${code} has no requirements; known: ${[...requirements.keys()].join(', ')}`);
      });
    }
    for (const path of required ?? []) setPath(input, path, fakeCredereField(f, path));
  }
  return input;
}

/**
 * Creates one Credere customer from seeded fakes and the fields given (see `inputOf`), or reuses the one holding
 * its CPF when `ifExists: reuse`. Bank requirements are not checked: a scenario may leave a customer incomplete on purpose.
 * @example await applyCredereCustomer(run, { completeFor: ['341'] }, '/credere/customers/0')
 */
export async function applyCredereCustomer(run: ScenarioRun<CredereSandbox>, spec: CredereCustomerSpec, pointer: string): Promise<void> {
  const input = await inputOf(run, spec, pointer);
  const ids = run.results.credereIds as Record<string, number>;
  let cpf = onlyDigits(String(input.cpf));
  let existing = await findByDocument(run.tx, cpf);
  // A faked CPF can repeat one already held (a birthday collision is near certain by 100,000 copies): draw again.
  for (let draw = 0; existing && spec.customer?.cpf === undefined && draw < MAX_DRAWS; draw++) {
    input.cpf = fakeCredereField(run.faker, 'cpf');
    cpf = onlyDigits(String(input.cpf));
    existing = await findByDocument(run.tx, cpf);
  }
  if (existing && spec.ifExists === 'reuse') {
    ids[cpf] = existing.id;
    return;
  }
  const created = await at(pointer, () => createCustomer(run.tx, run.sandbox, input, false), describeCredereFailure(run.sandbox.labels, bankNamer(run.sandbox.data)));
  ids[cpf] = created.id;
  run.count('credereCustomers');
  run.tick();
}
