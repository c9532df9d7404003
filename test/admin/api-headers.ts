import type { RunningMock } from '../helpers/start-mock.js';

/** FirstVision headers with a fresh bearer token (the mock's default credentials). */
export async function firstVisionHeaders(mock: RunningMock, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const response = await fetch(`${mock.url}/firstvision/x/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('clientela-key:clientela-secret').toString('base64')}`,
      apikey: 'clientela-key',
      'content-type': 'application/x-www-form-urlencoded',
      ...extra,
    },
    body: 'grant_type=client_credentials',
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: ${response.status} ${JSON.stringify(body)}`);
  return { apikey: 'clientela-key', authorization: `Bearer ${body.access_token}`, 'x-clientid': '00970', ...extra };
}

/** Credere accepts any bearer key by default. */
export const credereHeaders = (extra: Record<string, string> = {}): Record<string, string> => ({ authorization: 'Bearer qa-key', ...extra });
