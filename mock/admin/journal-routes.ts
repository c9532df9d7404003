import express, { type Request, type Router } from 'express';
import { type AdminContext, namedSandbox } from './admin-context.js';
import { journalPage } from './journal-page.js';
import { matcherFrom, queryMatcher } from './journal-query.js';

/** The link to the page after `before`: the same query, `before` replaced. */
function nextLink(request: Request): (before: number) => string {
  const query = new URLSearchParams(request.originalUrl.split('?')[1] ?? '');
  return (before) => {
    query.set('before', String(before));
    return `${request.baseUrl}${request.path}?${query.toString()}`;
  };
}

/**
 * The request journal: list (newest first, filtered), clear, count. Each takes `?sandbox=` (or the sandbox
 * header) to see or clear only that sandbox's requests; without it, the whole journal. Reading the journal never
 * creates a sandbox, and a sandbox gone since keeps its entries.
 */
export function journalRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { journal } = context;

  router.get('/requests', async (request, response) => {
    const { matcher, page } = queryMatcher(request);
    const test = matcherFrom(matcher, namedSandbox(request));
    await journal.refresh();
    response.type('application/json').send(journalPage(journal, test, page, nextLink(request)));
  });

  router.delete('/requests', async (request, response) => {
    const sandbox = namedSandbox(request);
    await journal.forget(sandbox);
    response.json(sandbox === undefined ? { cleared: true } : { cleared: true, sandbox });
  });

  router.post('/requests/count', async (request, response) => {
    const test = matcherFrom(request.body ?? {}, namedSandbox(request));
    await journal.refresh();
    let count = 0;
    for (const record of journal.newestFirst()) if (test(record)) count++;
    response.json({ count });
  });
  return router;
}
