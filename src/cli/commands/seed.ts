import { type Command, CliError } from '../command.js';
import { keyValueOptions, parseOptions } from '../parse-options.js';

const usage = 'clientela seed NAME[,NAME] [--url http://127.0.0.1:4010] [--param KEY=VALUE]... [--sandbox S] [--admin-token T]';

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
      io.out(`usage: ${usage}`);
      return 0;
    }
    const names = positionals.flatMap((item) => item.split(',')).map((name) => name.trim()).filter(Boolean);
    if (names.length === 0) throw new CliError(`name at least one scenario\nusage: ${usage}`);
    const base = (values.url ?? env.CLIENTELA_URL ?? 'http://127.0.0.1:4010').replace(/\/+$/, '');
    const token = values['admin-token'] ?? env.CLIENTELA_ADMIN_TOKEN;
    const params = keyValueOptions(values.param);
    const query = values.sandbox ? `?sandbox=${encodeURIComponent(values.sandbox)}` : '';
    for (const name of names) {
      let response: Response;
      try {
        response = await fetch(`${base}/__admin/scenarios/${encodeURIComponent(name)}${query}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(params),
        });
      } catch (error) {
        throw new CliError(`cannot reach ${base}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`);
      }
      const body = (await response.json().catch(() => ({}))) as { detail?: string; title?: string; created?: Record<string, number>; ms?: number; sandbox?: string };
      if (!response.ok) throw new CliError(`${name}: ${response.status} ${body.title ?? ''}${body.detail ? `: ${body.detail}` : ''}`);
      const created = Object.entries(body.created ?? {})
        .filter(([, count]) => count > 0)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ');
      io.out(`${name} loaded into sandbox ${body.sandbox ?? 'default'} in ${body.ms ?? 0} ms: ${created || 'nothing new'}`);
    }
    return 0;
  },
};
