import { check } from '@soat/checker';
import { readInput } from '@soat/checker/node';
for (const f of process.argv.slice(2)) {
  const doc = await readInput(f, {});
  const r = await check(doc, {});
  console.log('=====', f.split('/').pop(), r.documentType);
  
  for (const x of r.findings) console.log('  >>', x.severity, x.ruleId, x.messageId, x.message.slice(0, 120));
}
