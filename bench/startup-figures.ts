import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { scriptArgs } from './script-args.js';

type Startup = { contracts: number; importMs: number; loadAndCompileMs: number };

function runOnce(env: NodeJS.ProcessEnv): Startup {
  const output = execFileSync(process.execPath, scriptArgs('startup'), { env: { ...process.env, ...env }, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1) as string) as Startup;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Start-up of the contract engine in fresh processes: cold (no validator cache: every schema compiled) and
 * warm (validators read from the cache written by the cold run). Median of `runs`.
 */
export function startupFigures(runs = 5): { contracts: number; coldMs: number; warmMs: number } {
  const cacheDir = join(packageRoot, 'node_modules', '.cache', 'clientela-bench');
  const cold: number[] = [];
  const warm: number[] = [];
  let contracts = 0;
  for (let i = 0; i < runs; i++) {
    rmSync(cacheDir, { recursive: true, force: true });
    const first = runOnce({ CLIENTELA_CACHE_DIR: cacheDir });
    cold.push(first.loadAndCompileMs);
    warm.push(runOnce({ CLIENTELA_CACHE_DIR: cacheDir }).loadAndCompileMs);
    contracts = first.contracts;
  }
  rmSync(cacheDir, { recursive: true, force: true });
  return { contracts, coldMs: Math.round(median(cold)), warmMs: Math.round(median(warm)) };
}
