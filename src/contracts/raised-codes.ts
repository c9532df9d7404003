import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const RELATIVE_IMPORT = /\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g;

/** The source without comments, so a code named in a TSDoc example does not count as raised. */
function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** `./x.js` as the file that holds it: the TypeScript source when present, else the file as named. */
function resolveImport(from: string, specifier: string): string | undefined {
  const target = resolve(dirname(from), specifier);
  const candidates = [target.replace(/\.js$/, '.ts'), target, `${target}.ts`];
  return candidates.find((candidate) => existsSync(candidate));
}

/**
 * The codes of `catalogue` that appear as string literals in `entry` or in any module it imports, directly or not,
 * by relative path (test files and comments excluded). A static reading: a code counts when the operation's code
 * can reach a statement that names it, which is what "the mock applies it" means for a catalogue.
 * @example raisedCodes('mock/acme/handlers/widget-add.ts', new Set(['ACME01E', 'ACME02S']))
 */
export function raisedCodes(entry: string, catalogue: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file) || file.endsWith('.test.ts')) continue;
    seen.add(file);
    const source = codeOnly(readFileSync(file, 'utf8'));
    for (const [, literal] of source.matchAll(/['"`]([A-Z0-9]{4,16})['"`]/g)) if (literal && catalogue.has(literal)) found.add(literal);
    for (const [, specifier] of source.matchAll(RELATIVE_IMPORT)) {
      const next = specifier ? resolveImport(file, specifier) : undefined;
      if (next) pending.push(next);
    }
  }
  return found;
}
