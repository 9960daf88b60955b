import { check } from '../packages/checker/src/index.ts';
import { readInput } from '../packages/checker/src/node/read-file.ts';
const doc = await readInput(process.argv[2]!);
const r = await check(doc);
const req = r.requirements['assigns-responsible-units'];
console.log(req?.status, req?.messageId, JSON.stringify(req?.evidence.map((e) => e.text.slice(0, 80))));
