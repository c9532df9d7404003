import type { AddressInfo } from 'node:net';
import express from 'express';

// The framework's ceiling: Express answering a small JSON body with no work at all.
const app = express();
app.disable('x-powered-by');
app.set('etag', false);
app.get('/', (_request, response) => {
  response.json({ hello: 'world' });
});
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
});
