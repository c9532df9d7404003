import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'contracts', 'contract.schema.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`clientela: cannot find its package folder above ${start}`);
    dir = parent;
  }
  return dir;
}

/**
 * The folder clientela is installed in (the one holding `contracts/` and `data/`), found the same way whether the
 * code runs from its TypeScript sources or from the compiled `dist/`.
 */
export const packageRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
