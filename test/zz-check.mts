import { check } from '../packages/checker/src/index.ts';
const text = process.argv.slice(2).join(' ');
const r = await check(text, { profile: 'nd30' } as any);
for (const f of r.findings) console.log(f.ruleId, JSON.stringify(text.slice(f.range[0], f.range[1])), f.messageId);
