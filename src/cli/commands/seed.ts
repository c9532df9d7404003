import { splitParameters, type ScenarioWithParams } from '../../scenarios/split-parameters.js';
import { withSandbox } from '../../pact/sandbox-url.js';
import { type Command, CliError } from '../command.js';
import { keyValueOptions, parseOptions } from '../parse-options.js';
import { type OptionHelp, printHelp } from '../option-help.js';

const help: OptionHelp[] = [
  { flag: '--url URL', env: 'CLIENTELA_URL', text: 'the running mock (default http://127.0.0.1:4010)' },
  { flag: '--param KEY=VALUE', text: 'a scenario parameter (repeatable)' },
  { flag: '--sandbox S', text: 'load into this sandbox (default: the default one)' },
  { flag: '--admin-token T', env: 'CLIENTELA_ADMIN_TOKEN', text: "the mock's admin token" },
];
const usage = 'clientela seed NAME[,NAME] [--url http://127.0.0.1:4010] [--param KEY=VALUE]... [--sandbox S] [--admin-token T]';

type Answer = { response: Response; body: Record<string, unknown> };

/** Calls the mock's admin API; an unreachable mock is a CLI error, any answer (even 4xx) is returned. */
async function call(base: string, path: string, init: RequestInit): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, init);
  } catch (error) {
    const cause = (error as Error).cause;
    throw new CliError(`cannot reach ${base}: ${cause instanceof Error ? cause.message : (error as Error).message}`);
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { response, body };
}

function failure(name: string, { response, body }: Answer): CliError {
  const detail = typeof body.detail === 'string' ? `: ${body.detail}` : '';
  return new CliError(`${name}: ${response.status} ${typeof body.title === 'string' ? body.title : ''}${detail}`);
}

/** Each scenario with the `--param`s it declares (asked of the mock, whose catalogue may differ from the local one). */
async function withParams(base: string, headers: Record<string, string>, names: string[], params: Record<string, string>): Promise<ScenarioWithParams[]> {
  if (Object.keys(params).length === 0) return names.map((name) => ({ name, params: {} }));
  const declared: Record<string, string[]> = {};
  for (const name of new Set(names)) {
    const answer = await call(base, `/__admin/scenarios/${encodeURIComponent(name)}`, { headers });
    if (!answer.response.ok) throw failure(name, answer);
    const parameters = answer.body.parameters;
    declared[name] = typeof parameters === 'object' && parameters !== null ? Object.keys(parameters) : [];
  }
  const { scenarios, unused } = splitParameters(names, params, declared);
  if (unused.length) throw new CliError(`--param ${unused.join(', ')}: no scenario of ${names.join(', ')} declares it`);
  return scenarios;
}

/** `clientela seed`: loads scenarios into a running mock through its admin API. */
export const seedCommand: Command = {
  name: 'seed',
  summary: 'load scenarios into a running mock (over /__admin)',
  usage,
  async run(args, io) {
    const env = process.env;
    const { values, positionals } = parseOptions(
      args,
      { url: { type: 'string' }, param: { type: 'string', multiple: true }, sandbox: { type: 'string' }, 'admin-token': { type: 'string' } },
      usage,
    );
    if (values.help) {
      printHelp(io, usage, help);
      return 0;
    }
    const names = positionals.flatMap((item) => item.split(',')).map((name) => name.trim()).filter(Boolean);
    if (names.length === 0) throw new CliError(`name at least one scenario\nusage: ${usage}`);
    const base = (values.url ?? env.CLIENTELA_URL ?? 'http://127.0.0.1:4010').replace(/\/+$/, '');
    const token = values['admin-token'] ?? env.CLIENTELA_ADMIN_TOKEN;
    const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const scenarios = await withParams(base, auth, names, keyValueOptions(values.param));
    for (const { name, params } of scenarios) {
      const answer = await call(base, withSandbox(`/__admin/scenarios/${encodeURIComponent(name)}`, values.sandbox), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify(params),
      });
      if (!answer.response.ok) throw failure(name, answer);
      const body = answer.body as { created?: Record<string, number>; ms?: number; sandbox?: string };
      const created = Object.entries(body.created ?? {})
        .filter(([, count]) => count > 0)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ');
      io.out(`${name} loaded into sandbox ${body.sandbox ?? 'default'} in ${body.ms ?? 0} ms: ${created || 'nothing new'}`);
    }
    return 0;
  },
};
