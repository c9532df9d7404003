import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCpf } from '../src/numbers/cpf.js';
import { seededRandom } from '../src/fake/seeded-random.js';
import { packageRoot } from '../src/package-root.js';
import { type Figures, measure } from './measure.js';
import { spawnTarget } from './spawn-target.js';

/**
 * Credere creates/s through `clientela serve`, in memory and with `--data-file` (each answer waits for its log
 * record's fsync; concurrent creates share one), in the same run so the two figures compare.
 */
export async function dataFileCost(seconds: number): Promise<{ memory: Figures; dataFile: Figures }> {
  const cli = join(packageRoot, 'bin', 'clientela.js');
  const headers = { authorization: 'Bearer bench', 'content-type': 'application/json' };
  const createsOn = async (extra: string[]): Promise<Figures> => {
    const serve = await spawnTarget(process.execPath, [cli, 'serve', '--port', '0', ...extra], { readyPattern: /listening on http:\/\/127\.0\.0\.1:(\d+)/ });
    try {
      const random = seededRandom(7);
      return await measure({ url: `${serve.url}/credere/api/v1/customers`, method: 'POST', headers, seconds,
        bodyFor: () => JSON.stringify({ bank_validations: { bank_codes: ['336'] }, customer: { cpf: generateCpf(random.int), name: 'Bench', has_cnh: false, phones: [{ code: 84, number: 999999999, phone_type_id: 1 }] } }) });
    } finally {
      await serve.stop();
    }
  };
  const memory = await createsOn([]);
  const dataFile = await createsOn(['--data-file', join(mkdtempSync(join(tmpdir(), 'clientela-bench-')), 'state.json')]);
  return { memory, dataFile };
}
