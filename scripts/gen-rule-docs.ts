/**
 * Writes docs/rules/<id>.md for every rule and docs/rules/README.md (the index); the pages of rules that no longer
 * exist go, the pages written by hand stay.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '@soat/rules';
import { renderRuleDoc, renderRuleIndex } from './rule-docs';

const HAND_WRITTEN: ReadonlySet<string> = new Set(['adding-a-requirement.md']);

const dir = join(import.meta.dirname, '..', 'docs', 'rules');
mkdirSync(dir, { recursive: true });
for (const file of readdirSync(dir)) if (!HAND_WRITTEN.has(file)) rmSync(join(dir, file));
for (const rule of rules) writeFileSync(join(dir, `${rule.id}.md`), renderRuleDoc(rule));
writeFileSync(join(dir, 'README.md'), renderRuleIndex(rules));
console.log(`docs/rules: ${rules.length} pages`);
