import { normalise } from '../packages/checker/src/text/index.ts';
const w = normalise(process.argv.slice(2).join(' '));
console.log(JSON.stringify(w.text));
