import { createMockServer } from '../mock/server.ts';
const mock = createMockServer({ seed: 42, scenarios: [{ name: 'corporate-program', params: { employees: 3 } }, { name: 'dealership', params: {} }] });
const server = mock.app.listen(4099, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:4099`;
for (const p of ['/__dashboard', '/__dashboard/dashboard.js', '/__dashboard/dashboard.css']) {
  const t0 = Date.now(); const r = await fetch(url + p); const t = await r.text(); console.log(p, r.status, Date.now() - t0, 'ms', t.length, t.slice(0, 200));
}
if (process.argv[2] !== 'keep') { server.close(); process.exit(0); }
