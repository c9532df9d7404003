import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { operationsMarkdown } from '../src/contracts/operations-markdown.js';
import { builtInPlugins } from '../mock/plugins.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every operation exactly as the contracts declare them (run `npm run docs` after changing a contract)', () => {
    const section = /<!-- operations:start -->\n([\s\S]*?)\n<!-- operations:end -->/.exec(readme)?.[1];
    expect(section).toBe(operationsMarkdown(loadContracts(), builtInPlugins));
  });

  it('has a Quick start of exactly two commands', () => {
    const quick = /## Quick start\n([\s\S]*?)<!-- QUICKSTART-END -->/.exec(readme)?.[1] ?? '';
    const block = /```sh\n([\s\S]*?)```/.exec(quick)?.[1] ?? '';
    const commands = block.split('\n').filter((line) => line.trim() !== '').map((line) => line.replace(/\s+#.*$/, '').trim());
    expect(commands).toEqual(['npm ci && npm start', 'npm test']);
  });
});
