// usage: tsx test/zz-fsweep.mts LIST [rules…] — one line per finding: file \t rule \t messageId \t text
import { readFileSync } from 'node:fs';
import { check } from '../packages/checker/src/index.ts';
import { readInput } from '../packages/checker/src/node/read-file.ts';
const [list, ...rules] = process.argv.slice(2);
const files = readFileSync(list!, 'utf8').split('\n').filter(Boolean);
for (const f of files) {
  let doc;
  try {
    doc = await readInput(f.startsWith('/') ? f : `${process.cwd()}/${f}`);
  } catch (e) {
    console.log(`${f}\tREAD\t${(e as Error).message.slice(0, 80)}`);
    continue;
  }
  const r = await check(doc);
  for (const x of r.findings) {
    if (rules.length && !rules.includes(x.ruleId)) continue;
    console.log(
      `${f}\t${x.ruleId}\t${x.messageId}\t${JSON.stringify(doc.text.slice(x.range[0], x.range[1]).slice(0, 80))}`,
    );
  }
}
