import { readInput } from '../packages/checker/src/node/index.ts';
const d = await readInput(process.argv[2], {} as any);
process.stdout.write((d as any).text);
