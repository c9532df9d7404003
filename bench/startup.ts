import { performance } from 'node:perf_hooks';

// Measures, in a fresh process, the time to load, check and compile every contract (what `serve` does first).
const started = performance.now();
const { loadContracts } = await import('../src/contracts/load-contracts.js');
const imported = performance.now();
const registry = loadContracts();
const loaded = performance.now();
process.stdout.write(
  `${JSON.stringify({ contracts: registry.all().length, importMs: imported - started, loadAndCompileMs: loaded - imported })}\n`,
);
