import { onlyDigits } from '../../src/numbers/cpf.js';
import type { CredereCustomerSpec, CredereStoreSpec } from '../../src/scenarios/scenario.js';
import { fakeCredereField } from './fake-people.js';
import { at, type ScenarioRun } from './scenario-run.js';

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

/** Creates a store, or (when it exists) sets the banks integrated with it. */
export function applyStore(run: ScenarioRun, spec: CredereStoreSpec, pointer: string): void {
  const credere = run.world.credere;
  at(pointer, () => {
    if (credere.store(spec.id)) credere.setIntegratedBanks(spec.id, spec.integratedBanks);
    else {
      const f = run.faker;
      const name = `${f.company.name()} Veículos`;
      credere.addStore({ id: spec.id, name, display_name: name, integrated_bank_codes: spec.integratedBanks, ...spec.fields });
    }
  });
  run.counts.stores++;
}

/**
 * Creates one Credere customer: the fields given, plus (seeded fakes) a CPF, a name and every field the banks of
 * `completeFor` require. Bank requirements are not checked here: a scenario may leave a customer incomplete on purpose.
 */
export function applyCredereCustomer(run: ScenarioRun, spec: CredereCustomerSpec, pointer: string): void {
  const credere = run.world.credere;
  const f = run.faker;
  const input: Record<string, unknown> = structuredClone(spec.customer ?? {});
  for (const path of ['cpf', 'name']) setPath(input, path, fakeCredereField(f, path));
  for (const code of spec.completeFor ?? []) {
    const required = credere.data.requirements.get(code);
    if (!required) at(`${pointer}/completeFor`, () => { throw new Error(`bank ${code} has no requirements; known: ${[...credere.data.requirements.keys()].join(', ')}`); });
    for (const path of required ?? []) setPath(input, path, fakeCredereField(f, path));
  }
  const cpf = onlyDigits(String(input.cpf));
  const existing = credere.findByDocument(cpf);
  if (existing && spec.ifExists === 'reuse') {
    run.credereIds[cpf] = existing.id;
    return;
  }
  const created = at(pointer, () => credere.createCustomer(input, false));
  run.credereIds[cpf] = created.id;
  run.counts.credereCustomers++;
  run.tick();
}
