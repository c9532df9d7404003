import { fileURLToPath } from 'node:url';

/**
 * The node arguments that run a bench script beside this one: the compiled `.js` when the bench itself runs from
 * `dist/` (what `npm run bench` does), else the `.ts` source through tsx.
 */
export function scriptArgs(relative: string): string[] {
  if (import.meta.url.endsWith('.js')) return [fileURLToPath(new URL(`./${relative}.js`, import.meta.url))];
  return ['--import', 'tsx', fileURLToPath(new URL(`./${relative}.ts`, import.meta.url))];
}
