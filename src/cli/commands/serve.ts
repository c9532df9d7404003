import type { AddressInfo } from 'node:net';
import { apiMounts } from '../../contracts/api-mounts.js';
import { type Command, CliError } from '../command.js';
import { intOption, parseOptions } from '../parse-options.js';

const usage =
  'clientela serve [--port 4010] [--host 127.0.0.1] [--seed N] [--strict] [--data-file FILE] [--body-limit 1mb] ' +
  '[--api-key K --api-secret S] [--token-ttl SECONDS] [--require-signature] [--pan-display masked|token|full] ' +
  '[--credere-token KEY]... [--replace-collections] [--bank-requirements FILE]';

function panDisplay(value: string | undefined): 'masked' | 'token' | 'full' {
  if (value === undefined) return 'masked';
  if (value === 'masked' || value === 'token' || value === 'full') return value;
  throw new CliError(`--pan-display must be masked, token or full, got "${value}"`);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** `clientela serve`: starts the mock of both APIs (the only place, with `seed`, that listens). */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the mock (both APIs) on 127.0.0.1:4010',
  usage,
  async run(args, io) {
    const env = process.env;
    const { values } = parseOptions(
      args,
      {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        strict: { type: 'boolean' },
        'data-file': { type: 'string' },
        'body-limit': { type: 'string' },
        'api-key': { type: 'string' },
        'api-secret': { type: 'string' },
        'token-ttl': { type: 'string' },
        'require-signature': { type: 'boolean' },
        'credere-token': { type: 'string', multiple: true },
        'replace-collections': { type: 'boolean' },
        'pan-display': { type: 'string' },
        'bank-requirements': { type: 'string' },
      },
      usage,
    );
    if (values.help) {
      io.out(`usage: ${usage}`);
      return 0;
    }
    const port = intOption(values.port ?? env.PORT, 'port', 4010);
    const host = values.host ?? env.CLIENTELA_HOST ?? '127.0.0.1';
    const seed = intOption(values.seed ?? env.CLIENTELA_SEED, 'seed', 1);
    const credereTokens = values['credere-token'] ?? (env.CLIENTELA_CREDERE_TOKENS ? env.CLIENTELA_CREDERE_TOKENS.split(',') : []);
    const firstvision = {
      apiKey: values['api-key'] ?? env.CLIENTELA_FV_API_KEY ?? 'clientela-key',
      apiSecret: values['api-secret'] ?? env.CLIENTELA_FV_API_SECRET ?? 'clientela-secret',
      tokenTtlSeconds: intOption(values['token-ttl'] ?? env.CLIENTELA_FV_TOKEN_TTL, 'token-ttl', 900),
      requireSignature: values['require-signature'] ?? env.CLIENTELA_REQUIRE_SIGNATURE === '1',
      panDisplay: panDisplay(values['pan-display'] ?? env.CLIENTELA_PAN_DISPLAY),
    };
    const bankRequirementsFile = values['bank-requirements'] ?? env.CLIENTELA_BANK_REQUIREMENTS;
    // Loaded here, not at the top, so other commands start without building the mock.
    const { createMockServer } = await import('../../../mock/server.js');
    const mock = createMockServer({
      seed,
      strict: values.strict ?? env.CLIENTELA_STRICT === '1',
      bodyLimit: values['body-limit'] ?? '1mb',
      firstvision,
      credere: {
        tokens: credereTokens,
        replaceCollections: values['replace-collections'] ?? env.CLIENTELA_REPLACE_COLLECTIONS === '1',
        ...(bankRequirementsFile ? { bankRequirementsFile } : {}),
      },
      ...(values['data-file'] ? { dataFile: values['data-file'] } : {}),
      log: (line) => io.err(line),
    });
    await mock.sandboxes.get().db.open();
    const server = mock.app.listen(port, host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', (error) => reject(new CliError(`cannot listen on ${host}:${port}: ${error.message}`)));
    });
    const address = server.address() as AddressInfo;
    const base = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    io.out(`clientela listening on ${base} (seed ${seed})`);
    io.out(`  FirstVision  ${base}${apiMounts.firstvision}  apikey "${firstvision.apiKey}", secret "${firstvision.apiSecret}", any 5-character X-ClientID`);
    io.out(`  Credere      ${base}${apiMounts.credere}  ${credereTokens.length ? `${credereTokens.length} accepted bearer key(s)` : 'any non-empty bearer key'}`);
    if (!LOOPBACK.has(host)) io.out(`  warning: listening on ${host}, reachable from other machines`);
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        server.close(() => resolve());
        server.closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await mock.sandboxes.get().db.flush();
    return 0;
  },
};
