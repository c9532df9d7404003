import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';

/** The dashboard's browser sources: plain TypeScript and DOM, bundled by esbuild into one script. */
export const dashboardDir = join(packageRoot, 'dashboard');

export type DashboardAssets = { script: string; style: string };

/**
 * Bundles `dashboard/main.ts` into one script (esbuild, in memory; about 50 ms), with the style sheet beside it.
 * Done once per server, on the first request for the page, from the installed sources: nothing to build before
 * `npm start`, and no network (no CDN).
 * @example const { script } = await bundleDashboard()
 */
export async function bundleDashboard(): Promise<DashboardAssets> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(dashboardDir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text ?? '';
  return { script, style: readFileSync(join(dashboardDir, 'dashboard.css'), 'utf8') };
}
