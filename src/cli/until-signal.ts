/**
 * Waits for SIGINT or SIGTERM, then runs `stop` (close the servers) and resolves: a long-running command's end.
 * @example await untilSignal(() => server.close())
 */
export function untilSignal(stop: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const onSignal = (): void => void stop().then(resolve);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}
