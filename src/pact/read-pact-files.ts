import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A pact file as read from disk: its path and parsed document (any specification version). */
export type PactFile = { file: string; document: Record<string, unknown> };

/** The `.json` files named, or found (recursively) under the folders named, sorted. */
export function expandPactPaths(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (path: string): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new Error(`${path}: no such file or folder`);
    }
    if (stats.isFile()) return void files.push(path);
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory() || name.endsWith('.json')) visit(child);
    }
  };
  for (const path of paths) visit(path);
  return [...new Set(files)];
}

/**
 * Reads pact files (or every `.json` under folders).
 * @throws Error naming the file when one is missing or not JSON.
 * @example readPactFiles(['pacts/'])
 */
export function readPactFiles(paths: string[]): PactFile[] {
  return expandPactPaths(paths).map((file) => {
    let document: unknown;
    try {
      document = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not a readable JSON pact (${(error as Error).message})`);
    }
    if (document === null || typeof document !== 'object' || !Array.isArray((document as { interactions?: unknown }).interactions)) {
      throw new Error(`${file}: not a pact (no "interactions" array)`);
    }
    return { file, document: document as Record<string, unknown> };
  });
}
