import { loadContracts } from '../../contracts/load-contracts.js';
import { checkPactInteractions, type PactCheckMode } from '../../pact/check-pact.js';
import { formatPactCheck, pactCheckJunitCases } from '../../pact/format-pact-check.js';
import { junitXml } from '../../report/junit-xml.js';
import { writeReport } from '../write-report.js';
import { normalizeInteractions } from '../../pact/normalize-interactions.js';
import { readPactFiles } from '../../pact/read-pact-files.js';
import { type Command, CliError } from '../command.js';
import { loadPlugins } from '../load-plugins.js';
import { parseOptions } from '../parse-options.js';
import { pluginHelp, printHelp } from '../option-help.js';

const usage = 'clientela pact-check <pact file|dir>... [--strict] [--json] [--junit FILE] [--contracts DIR] [--plugin MODULE]...';

/** `clientela pact-check`: every pact interaction against the contracts, offline (no provider needed). */
export const pactCheckCommand: Command = {
  name: 'pact-check',
  summary: 'check pact files against the contracts, offline (bi-directional)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { strict: { type: 'boolean' }, json: { type: 'boolean' }, junit: { type: 'string' }, contracts: { type: 'string' }, plugin: { type: 'string', multiple: true } }, usage);
    if (values.help) {
      printHelp(io, usage, [
        { flag: '--strict', text: 'an expected response must carry every field the contract requires (default: Postel, as Pact matches)' },
        { flag: '--json', text: 'print the findings as JSON' },
        { flag: '--junit FILE', text: 'write a JUnit XML report (one test case per interaction)' },
        { flag: '--contracts DIR', text: 'read the contracts from this folder' },
        pluginHelp,
      ]);
      return 0;
    }
    if (positionals.length === 0) throw new CliError(`name at least one pact file or folder\nusage: ${usage}`);
    let pacts;
    try {
      pacts = readPactFiles(positionals);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    const interactions = pacts.flatMap(normalizeInteractions);
    if (interactions.length === 0) throw new CliError(`no HTTP interactions in ${positionals.join(', ')}`);
    const plugins = await loadPlugins(args, process.env);
    const registry = values.contracts ? loadContracts(values.contracts) : loadContracts({ folders: plugins.map((plugin) => ({ api: plugin.name, dir: plugin.contractsDir })) });
    const mode: PactCheckMode = values.strict ? 'strict' : 'postel';
    const results = checkPactInteractions(registry, plugins, interactions, mode);
    const failed = results.filter((r) => r.findings.length > 0).length;
    if (values.json) io.out(JSON.stringify({ mode, interactions: results.length, failed, results }, null, 2));
    else for (const line of formatPactCheck(results)) io.out(line);
    if (values.junit) writeReport(values.junit, junitXml('clientela pact-check', pactCheckJunitCases(results)));
    return failed === 0 ? 0 : 1;
  },
};
