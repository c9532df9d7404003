import type { ApiName } from './contract.js';

/** Where each API is mounted on the mock: contract paths are relative to these. */
export const apiMounts: Record<ApiName, string> = {
  firstvision: '/firstvision',
  credere: '/credere/api/v1',
};

/** The contracts folder shipped with the package. */
export const defaultContractsDir = new URL('../../contracts/', import.meta.url).pathname;
