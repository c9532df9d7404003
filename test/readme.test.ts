import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { errorCodesMarkdown, errorCodeUse } from '../src/contracts/error-codes-markdown.js';
import { operationsMarkdown } from '../src/contracts/operations-markdown.js';
import { builtInPlugins } from '../mock/plugins.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every operation exactly as the contracts declare them (run `npm run docs` after changing a contract)', () => {
    const section = /<!-- operations:start -->\n([\s\S]*?)\n<!-- operations:end -->/.exec(readme)?.[1];
    expect(section).toBe(operationsMarkdown(loadContracts(), builtInPlugins));
  });

  it('lists the published, applied and borrowed error codes of every operation as the contracts and handlers say (npm run docs)', () => {
    const section = /<!-- error-codes:start -->\n([\s\S]*?)\n<!-- error-codes:end -->/.exec(readme)?.[1];
    expect(section).toBe(errorCodesMarkdown(loadContracts(), builtInPlugins));
  });

  it('gives, under Assumptions, the reason for every code used by an operation that does not publish it', () => {
    const assumptions = /### VPL codes not published for the operation\n([\s\S]*?)\n### /.exec(readme)?.[1] ?? '';
    const firstVision = builtInPlugins.find((plugin) => plugin.name === 'firstvision');
    const missing: string[] = [];
    for (const contract of loadContracts().contracts('firstvision')) {
      const paragraph = assumptions.split('\n- ').find((item) => item.includes(`\`${contract.operationId}\``)) ?? '';
      for (const { code } of errorCodeUse(contract, firstVision?.handlersDir).unpublished) if (!paragraph.includes(code)) missing.push(`${contract.operationId} ${code}`);
    }
    expect(missing).toEqual([]);
  });

  it('has a Quick start of exactly two commands', () => {
    const quick = /## Quick start\n([\s\S]*?)<!-- QUICKSTART-END -->/.exec(readme)?.[1] ?? '';
    const block = /```sh\n([\s\S]*?)```/.exec(quick)?.[1] ?? '';
    const commands = block.split('\n').filter((line) => line.trim() !== '').map((line) => line.replace(/\s+#.*$/, '').trim());
    expect(commands).toEqual(['npm ci && npm start', 'npm test']);
  });
});
