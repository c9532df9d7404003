import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { answerClientErrors } from './answer-client-errors.js';
import { CliError } from './command.js';

/** A listening server: its base URL and how to stop it (open connections included). */
export type Listening = { server: Server; url: string; stop: () => Promise<void> };

/**
 * Starts `app` on `host:port` (0: a free port); a port that cannot be taken is a CLI error. Node's own refusals
 * (431, 400 from the parser) and CONNECT are answered with problem+json bodies (`answerClientErrors`).
 * @example const { url, stop } = await listen(mock.app, 0, '127.0.0.1')
 */
export async function listen(app: Express, port: number, host: string): Promise<Listening> {
  const server = app.listen(port, host);
  answerClientErrors(server);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error) => reject(new CliError(`cannot listen on ${host}:${port}: ${error.message}`)));
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { server, url, stop };
}
