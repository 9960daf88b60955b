import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@soat/checker';
import { readInput } from '@soat/checker/node';
const RULES = new Set(['month-leading-zero', 'tone-mark-style', 'expired-period-reference', 'dash-spacing', 'superseded-reference', 'repealed-reference', 'outdated-reference', 'quoc-hieu', 'signature-authority']);
const dirs = ['fixtures/real', '../shared/corpus/docx'];
for (const d of dirs) for (const f of readdirSync(d).sort()) {
  if (!/\.(docx?|pdf|txt|html)$/.test(f)) continue;
  let r; let doc;
  try { doc = await readInput(join(d, f), {}); r = await check(doc, {}); } catch (e) { console.log('ERR', f); continue; }
  for (const x of r.findings) if (RULES.has(x.ruleId) && !(x.ruleId === 'dash-spacing' && x.messageId === 'oneSided'))
    console.log(`${d.includes('corpus') ? 'C' : 'R'} ${r.documentType} ${f.slice(0, 40).padEnd(40)} ${x.ruleId}/${x.messageId} ${JSON.stringify(doc.text.slice(x.range[0], x.range[1]).slice(0, 80))}`);
}
