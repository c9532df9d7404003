import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import type { ApiName } from './contract.js';

/** Where each API is mounted on the mock: contract paths are relative to these. */
export const apiMounts: Record<ApiName, string> = {
  firstvision: '/firstvision',
  credere: '/credere/api/v1',
};

/** The contracts folder shipped with the package. */
export const defaultContractsDir = join(packageRoot, 'contracts');
