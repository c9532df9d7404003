import { performance } from 'node:perf_hooks';
import { readFileSync, readdirSync } from 'node:fs';
import { createAjv } from './src/validation/create-ajv.js';
const ajv = createAjv();
let t = performance.now();
const lap = (l: string) => { const n = performance.now(); console.log(l, (n - t).toFixed(1)); t = n; };
ajv.addSchema(JSON.parse(readFileSync('contracts/contract.schema.json','utf8')));
const v = ajv.getSchema('https://clientela.dev/contracts/contract.schema.json')!;
lap('meta compile');
const docs: any[] = [];
for (const api of ['credere','firstvision']) { ajv.addSchema(JSON.parse(readFileSync(`contracts/${api}/defs.json`,'utf8'))); for (const f of readdirSync(`contracts/${api}`)) if (f!=='defs.json') docs.push(JSON.parse(readFileSync(`contracts/${api}/${f}`,'utf8'))); }
lap('read+addDefs');
for (const d of docs) v(d);
lap('meta validate all');
