import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { API, auth, fullCustomer, lenient, newCpf } from '../credere/credere-fixtures.js';
import { fvSession } from '../firstvision/fv-session.js';
import type { RunningMock } from '../helpers/start-mock.js';
import { twoInstances } from './redis-mocks.js';
import { redisInstalled } from './redis-server.js';

const create = (mock: RunningMock, cpf = newCpf()) => mock.call('POST', `${API}/customers`, { headers: auth, body: { bank_validations: lenient, customer: fullCustomer(cpf) } });
const find = (mock: RunningMock, cpf: string) => mock.call('GET', `${API}/customers/find?cpf_cnpj=${encodeURIComponent(cpf)}`, { headers: auth });

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await probe();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}

describe.runIf(redisInstalled())('the Redis state backend when redis-server dies mid-run', () => {
  // Kept on disk (append-only, fsync always), so what was committed before the kill is there after the restart.
  const shared = twoInstances({ persistent: true });

  it("answers the API's own 503, writes nothing by halves, and serves again once Redis is back", async () => {
    const { redis, a, b } = shared();
    const before = newCpf();
    expect((await create(a, before)).status).toBe(200);

    const fv = await fvSession(a);
    const cpfs = Array.from({ length: 40 }, () => newCpf());
    const inFlight = Promise.all(cpfs.map((cpf, i) => create(i % 2 ? b : a, cpf)));
    await new Promise((resolve) => setTimeout(resolve, 60));
    await redis.kill();
    const answers = await inFlight;
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    expect(statuses).toContain(503);
    const refused = answers.find((answer) => answer.status === 503);
    expect(refused?.body).toEqual({ error: { message: expect.stringMatching(/^Service Unavailable: /), status: 503 } });

    // While Redis is away: each API answers in its own envelope, the admin API with its problem.
    expect((await find(b, before)).status).toBe(503);
    const inquiry = await fv.call('POST', '/customer/generation', { organizationNumber: 970, logo: '401', dualIndicator: '0', customerNumbersRequested: 1 });
    expect(inquiry.status).toBe(503);
    expect(JSON.stringify(inquiry.body)).toContain('SERVICE UNAVAILABLE');
    const health = await a.call('GET', '/__admin/state');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 503, title: 'The state backend cannot be reached' });

    await redis.restart();
    const back = await until(() => find(b, before), (answer) => answer.status === 200, 8000);
    expect(back.status).toBe(200);

    // Every create answered 200 is there; every transaction is whole: rows, the CPF index and the list agree.
    for (const [i, cpf] of cpfs.entries()) if (statuses[i] === 200) expect((await find(a, cpf)).status).toBe(200);
    const client = new Redis(redis.url);
    try {
      const rows = await client.hlen('clientela:{default}:rows:credere.customers');
      expect(await client.hlen('clientela:{default}:unique:credere.customers:cpf')).toBe(rows);
      expect(await client.llen('clientela:{default}:group:credere.customers:created:all')).toBe(rows);
      expect(rows).toBeGreaterThanOrEqual(1 + statuses.filter((status) => status === 200).length);
    } finally {
      client.disconnect();
    }
    const after = newCpf();
    expect((await create(b, after)).status).toBe(200);
    expect((await find(a, after)).status).toBe(200);
  }, 20_000);
});
