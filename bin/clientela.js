#!/usr/bin/env node
// The `clientela` command. It runs the compiled build in dist/ (made by `npm ci` through the `prepare` script)
// when that build is newer than every TypeScript source, and otherwise the sources themselves through tsx,
// so `npx clientela` works right after `npm ci` (also `npm ci --ignore-scripts`, which builds nothing) and always
// runs what is in the working tree. Without both, it says so in one line.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const compiled = join(root, 'dist', 'src', 'cli', 'bin.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function buildIsFresh() {
  if (process.env.CLIENTELA_FROM_SOURCE === '1' || !existsSync(compiled)) return false;
  const built = statSync(compiled).mtimeMs;
  return ['src', 'mock'].every((dir) => newestSource(join(root, dir)) <= built);
}

if (buildIsFresh()) {
  await import(compiled);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('clientela: no fresh build in dist/ and tsx is not installed: run `npm ci` (or `npm run build`)\n');
    process.exit(1);
  }
  register();
  await import('../src/cli/bin.ts');
}
