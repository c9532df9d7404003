import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { ScenarioCatalogue } from '../../src/scenarios/scenario-catalogue.js';
import { scenarioPartsOf } from '../../src/scenarios/scenario-parts.js';
import { type SandboxedMock, sharedMock } from '../helpers/start-mock.js';
import { API, auth } from './credere-fixtures.js';

type Json = Record<string, any>;

const sandbox = sharedMock();
const catalogue = new ScenarioCatalogue(scenarioPartsOf(builtInPlugins));
/** load-100k holds no Credere customer and takes long to load. */
const shipped = catalogue.names().filter((name) => name !== 'load-100k');

/** Every customer of the sandbox, as GET /customers/:id answers it. */
async function everyCustomer(mock: SandboxedMock): Promise<Json[]> {
  const out: Json[] = [];
  for (let page = 1; ; page++) {
    const { status, body } = await mock.call('GET', `${API}/customers?page=${page}&per_page=100`, { headers: auth });
    expect(status).toBe(200);
    if (body.customers.length === 0) return out;
    for (const listed of body.customers) {
      const one = await mock.call('GET', `${API}/customers/${listed.id}`, { headers: auth });
      expect(one.status).toBe(200);
      out.push(one.body.customer);
    }
  }
}

/** `customer` without the timestamps an update may move. */
function withoutUpdatedAt(customer: Json): Json {
  return JSON.parse(JSON.stringify(customer, (key, value) => (key === 'updated_at' ? undefined : value)));
}

describe('Credere round trip: a customer as returned, sent back, changes nothing', () => {
  it.each(shipped.flatMap((name) => ['PUT', 'PATCH'].map((method) => [name, method] as const)))('%s, every customer sent back with %s', async (name, method) => {
    const mock = sandbox();
    const loaded = await mock.call('POST', `/__admin/scenarios/${name}?sandbox=${mock.sandbox}`, { body: {} });
    expect(loaded.status, JSON.stringify(loaded.body)).toBe(200);
    const customers = await everyCustomer(mock);
    for (const customer of customers) {
      const response = await mock.call(method, `${API}/customers/${customer.id}`, { headers: auth, body: { customer } });
      expect(response.status, `${name} customer ${customer.id}: ${JSON.stringify(response.body).slice(0, 2000)}`).toBe(200);
      expect(withoutUpdatedAt(response.body.customer)).toEqual(withoutUpdatedAt(customer));
      const again = await mock.call('GET', `${API}/customers/${customer.id}`, { headers: auth });
      expect(withoutUpdatedAt(again.body.customer)).toEqual(withoutUpdatedAt(customer));
    }
  });
});
