import type { ApiPlugin, ApiRuntime } from '../../src/plugin/api-plugin.js';
import { acme } from '../fixtures/acme/acme-plugin.js';

/** The fixture API, with a counter of how often its read handler really runs. */
export function countingAcme(): { plugin: ApiPlugin; reads: () => number } {
  let reads = 0;
  const plugin: ApiPlugin = {
    ...acme,
    create: (config) => {
      const runtime = acme.create(config) as ApiRuntime<unknown>;
      const read = runtime.handlers.widgetsGet;
      if (!read) throw new Error('the fixture has no widgetsGet');
      return { ...runtime, handlers: { ...runtime.handlers, widgetsGet: (context) => (reads++, read(context)) } };
    },
  };
  return { plugin, reads: () => reads };
}

