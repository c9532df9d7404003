import { basename } from 'node:path';
import type { ApiPlugin } from '../../plugin/api-plugin.js';
import { loadContracts } from '../../contracts/load-contracts.js';
import { createProxy } from '../../proxy/create-proxy.js';
import { ProxyRecorder } from '../../proxy/proxy-recorder.js';
import { type Command, CliError } from '../command.js';
import { listen } from '../listen.js';
import { loadPlugins, pluginNamed } from '../load-plugins.js';
import { type OptionHelp, pluginHelp, printHelp } from '../option-help.js';
import { intOption, parseOptions } from '../parse-options.js';
import { untilSignal } from '../until-signal.js';

const options = {
  api: { type: 'string' },
  target: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  record: { type: 'string' },
  seed: { type: 'string' },
  strict: { type: 'boolean' },
  timeout: { type: 'string' },
  'journal-size': { type: 'string' },
  plugin: { type: 'string', multiple: true },
} as const;

const usage =
  'clientela proxy --api NAME --target URL [--port 4020] [--host 127.0.0.1] [--record FILE] [--seed N] [--strict] [--timeout MS] [--journal-size 1000] [--plugin MODULE]...';

const help: OptionHelp[] = [
  { flag: '--api NAME', text: 'the API behind the proxy' },
  { flag: '--target URL', text: 'the API root as the provider serves it (as check --base-url)' },
  { flag: '--port N', env: 'PORT', text: 'port to listen on (default 4020; 0 picks a free one)' },
  { flag: '--host H', env: 'CLIENTELA_HOST', text: 'address to bind (default 127.0.0.1)' },
  { flag: '--record FILE', text: 'write what went through as a scenario, personal data masked' },
  { flag: '--seed N', env: 'CLIENTELA_SEED', text: 'recording seed of the masking fakes (default 1; keep it secret)' },
  { flag: '--strict', text: "a response outside the contract becomes the API's own 502" },
  { flag: '--timeout MS', text: 'per-request timeout towards the provider (default 30000; then 504)' },
  { flag: '--journal-size N', text: 'exchanges kept for GET /__admin/requests (default 1000)' },
  pluginHelp,
];

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

type Values = ReturnType<typeof parseOptions<typeof options>>['values'];

/** The flags checked, each bad one a CLI error naming it, before anything is loaded. */
function proxySettings(values: Values, plugin: ApiPlugin) {
  const target = values.target;
  if (!target || !/^https?:\/\//.test(target))
    throw new CliError(`--target must be an http(s) URL (the API root as the provider serves it, e.g. http://127.0.0.1:4010${plugin.mount})\nusage: ${usage}`);
  if (values.record && !plugin.recording) throw new CliError(`--record: the ${plugin.name} plug-in does not say which of its fields are personal`);
  if (values.record && !/^[a-z0-9][a-z0-9-]*\.ya?ml$/.test(basename(values.record)))
    throw new CliError(`--record ${values.record}: the file name is the scenario's name: lower-case letters, digits and dashes, ending .yaml`);
  return {
    target,
    seed: intOption(values.seed ?? process.env.CLIENTELA_SEED, 'seed', 1, { min: 0, max: 2 ** 32 - 1 }),
    port: intOption(values.port ?? process.env.PORT, 'port', 4020, { min: 0, max: 65535 }),
    host: values.host ?? process.env.CLIENTELA_HOST ?? '127.0.0.1',
    timeoutMs: intOption(values.timeout, 'timeout', 30000, { min: 1, max: 600000 }),
    journalSize: intOption(values['journal-size'], 'journal-size', 1000, { min: 0, max: 100000 }),
  };
}

/** The recorder, its (empty) scenario written at once: a file that cannot be written fails now, not mid-traffic. */
function startRecording(plugin: ApiPlugin, file: string, seed: number): ProxyRecorder {
  const recorder = new ProxyRecorder(plugin, file, seed);
  try {
    recorder.write();
  } catch (error) {
    throw new CliError(`--record ${file}: cannot be written (${(error as Error).message})`);
  }
  return recorder;
}

/** `clientela proxy`: a validating, recording proxy in front of a real provider of one API. */
export const proxyCommand: Command = {
  name: 'proxy',
  summary: 'validate (and record, masked) the traffic to a real provider',
  usage,
  async run(args, io) {
    const plugins = await loadPlugins(args, process.env);
    const { values } = parseOptions(args, options, usage);
    if (values.help) {
      printHelp(io, usage, help);
      return 0;
    }
    const plugin = pluginNamed(plugins, values.api, usage);
    const { target, seed, port, host, timeoutMs, journalSize } = proxySettings(values, plugin);
    const recorder = values.record ? startRecording(plugin, values.record, seed) : undefined;
    const { app } = createProxy({
      plugin,
      registry: loadContracts({ folders: plugins.map((one) => ({ api: one.name, dir: one.contractsDir })) }),
      errors: plugin.create(plugin.defaultConfig).errors,
      target,
      strict: values.strict ?? false,
      timeoutMs,
      journalSize,
      ...(recorder ? { recorder } : {}),
      log: (line) => io.err(line),
    });
    const { url, stop } = await listen(app, port, host);
    io.out(`clientela proxy listening on ${url}: ${url}${plugin.mount} -> ${target.replace(/\/+$/, '')}${values.strict ? ' (strict)' : ''}`);
    if (recorder) io.out(`recording to ${recorder.file} (personal data masked)`);
    io.out(`journal: ${url}/__admin/requests`);
    if (!LOOPBACK.has(host)) io.out(`  warning: listening on ${host}, reachable from other machines (the journal too)`);
    await untilSignal(stop);
    return 0;
  },
};
