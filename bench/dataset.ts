/** The records a benchmark run reads and writes, as the clientela target loaded them (every peer gets the same). */
export type Dataset = {
  /** FirstVision customer numbers (organization 970), each with one account and one card. */
  customerNumbers: string[];
  /** FirstVision cards, as stored. */
  cards: Array<Record<string, unknown>>;
  /** Credere customers, as stored (`id`, `cpf`, `name`, …). */
  credere: Array<{ id: number; cpf: string } & Record<string, unknown>>;
};

type Snapshot = { tables: Record<string, Record<string, Record<string, unknown>> | undefined> };

/**
 * Reads the default sandbox's records from a running clientela (`GET /__admin/state`).
 * @example const data = await readDataset('http://127.0.0.1:4010')
 */
export async function readDataset(origin: string): Promise<Dataset> {
  const response = await fetch(`${origin}/__admin/state`);
  if (!response.ok) throw new Error(`GET /__admin/state answered ${response.status}`);
  const { tables } = (await response.json()) as Snapshot;
  const rows = (name: string): Array<Record<string, unknown>> => Object.values(tables[name] ?? {});
  return {
    customerNumbers: rows('firstvision.customers').map((customer) => customer.customerNumber as string),
    cards: rows('firstvision.cards'),
    credere: rows('credere.customers') as Dataset['credere'],
  };
}
