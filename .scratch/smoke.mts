import { createMockServer } from '../mock/server.ts';
const mock = createMockServer({ seed: 42, scenarios: [{ name: 'corporate-program', params: { employees: 3 } }, { name: 'dealership', params: {} }, { name: 'individual-with-history', params: {} }] as never });
const server = mock.app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as any).port}`;
for (const p of ['/__admin/browse', '/__admin/browse/firstvision?limit=2', '/__admin/browse/credere?limit=1', '/__admin/browse/firstvision?q=0000000000000000123', '/__admin/browse/firstvision?kind=reservations', '/__admin/contracts/credere/customersCreate', '/__admin/browse/firstvision?limit=x']) {
  const r = await fetch(url + p); const t = await r.text(); console.log(p, r.status, t.slice(0, 1500));
}
server.close(); process.exit(0);
