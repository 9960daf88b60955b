// The repository's own conventions, enforced (ESLint's rule-file checks, refined-github's feature test).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as full from '@soat/rules';
import { FACT_IDS, loadRule, requirementMessageIds, RuleLoadError, rules } from '@soat/rules';
import * as pack from '@soat/rules/pack';
import { ruleDescriptions } from '@soat/rules/descriptions';
import { rules as ruleMetadata } from '@soat/rules/meta';
import { describe, expect, it } from 'vitest';
import { factRegistry } from '@soat/checker/facts';
import { renderRuleDoc, renderRuleIndex } from '../../scripts/rule-docs';

const root = join(import.meta.dirname, '..', '..');
const rulesDir = join(root, 'packages', 'rules', 'rules');

describe('rule files', () => {
  it('the generated index lists exactly the rule files', () => {
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(rules.map((r) => `${r.id}.json`).sort()).toEqual(files);
  });

  it("@soat/rules/meta holds every rule's metadata but its description, and its messages (run `pnpm --filter @soat/rules gen`)", () => {
    const expected = rules.map(
      ({
        id,
        meta: {
          docs: { description: _long, ...docs },
          ...meta
        },
        messages,
      }) => ({ id, meta: { ...meta, docs }, messages }),
    );
    expect(ruleMetadata).toEqual(expected);
    expect(ruleDescriptions).toEqual(Object.fromEntries(rules.map((r) => [r.id, r.meta.docs.description])));
  });

  it('@soat/rules/pack, what check() runs on without zod, is what the full entry validates (run `pnpm --filter @soat/rules gen`)', () => {
    const checking = rules.map(({ id, meta: { kind, severity, profiles }, messages, outcomes, requirement }) => ({
      id,
      meta: { kind, severity, profiles },
      messages,
      outcomes,
      requirement,
    }));
    expect(pack.rules).toEqual(checking);
    expect([...pack.rulesById.keys()]).toEqual(rules.map((r) => r.id));
    const { rules: _rules, rulesById: _byId, ...tables } = pack;
    const validated = new Map(Object.entries(full));
    for (const [name, value] of Object.entries(tables)) expect(value, name).toEqual(validated.get(name));
    expect(Object.keys(tables)).toContain('bigrams');
  });

  it("check()'s code loads no zod: the checker takes values from @soat/rules/pack, from the full entry only types (and config.ts its schemas)", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
          const source = readFileSync(path, 'utf8');
          if (/^import (?!type\b)[^;]*from '@soat\/rules';/m.test(source)) offenders.push(path.slice(root.length + 1));
        }
      }
    };
    walk(join(root, 'packages', 'checker', 'src'));
    expect(offenders).toEqual(['packages/checker/src/node/config.ts']);
  });

  it('every message is used by an outcome or the requirement kind, and examples exist', () => {
    for (const rule of rules) {
      const used = new Set(
        rule.requirement ? requirementMessageIds(rule.requirement) : rule.outcomes!.map((o) => o.messageId),
      );
      expect([...used].sort(), rule.id).toEqual(Object.keys(rule.messages).sort());
      expect(rule.examples.valid.length + rule.examples.invalid.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('a legal source is text a clerk can read: no file path, package name or internal wording', () => {
    for (const rule of rules) {
      const source = rule.meta.docs.source;
      expect(source, rule.id).not.toMatch(/packages\/|\.json\b|@[a-z]|sản phẩm|\bsoát\b/i);
      // Nghị định 30/2020 Điều 3 is its list of definitions: it governs no spelling or spacing rule.
      expect(source, rule.id).not.toMatch(/Điều 3 khoản/);
    }
  });

  it('a bad rule file is rejected with its path and field', () => {
    const good = JSON.parse(readFileSync(join(rulesDir, 'has-recipients.json'), 'utf8'));
    expect(() => loadRule('has-recipients.json', { ...good, meta: { ...good.meta, severity: 'fatal' } })).toThrow(
      /packages\/rules\/rules\/has-recipients\.json: meta\.severity/,
    );
    expect(() => loadRule('other-name.json', good)).toThrow(RuleLoadError);
    const check = JSON.parse(readFileSync(join(rulesDir, 'closing-mark.json'), 'utf8'));
    const badFact = structuredClone(check);
    badFact.outcomes[0].conditions.all[0].fact = 'closingMarkMisin';
    expect(() => loadRule('closing-mark.json', badFact)).toThrow(/outcomes\.0\.conditions/);
    const badKind = structuredClone(good);
    badKind.requirement.requiredParts = ['name'];
    expect(() => loadRule('has-recipients.json', badKind)).toThrow(
      /requirement\.requiredParts\.0: "name" không phải một phần của recipients/,
    );
    const noMessage = structuredClone(good);
    delete noMessage.messages.noItems;
    expect(() => loadRule('has-recipients.json', noMessage)).toThrow(/requirement\.kind: unknown messageId "noItems"/);
    const badAbsent = { ...good, meta: { ...good.meta, absent: ['mising'] } };
    expect(() => loadRule('has-recipients.json', badAbsent)).toThrow(/meta\.absent\.0: unknown messageId "mising"/);
    const both = { ...structuredClone(good), outcomes: check.outcomes };
    expect(() => loadRule('has-recipients.json', both)).toThrow(
      /requirement: a requirement gives its kind and parameters/,
    );
  });
});

describe('vocabulary', () => {
  it('the words for statuses and severities are written once, in packages/rules/src/vocabulary.ts', () => {
    const words =
      /'(Cần xem lại|Chưa đạt|Không đạt|Không áp dụng|Gợi ý|thông tin|Needs review|Not met|Not applicable)'/;
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (
          /\.tsx?$/.test(entry.name) &&
          !entry.name.endsWith('.test.ts') &&
          words.test(readFileSync(path, 'utf8'))
        )
          offenders.push(path.slice(root.length + 1));
      }
    };
    for (const pkg of readdirSync(join(root, 'packages'))) walk(join(root, 'packages', pkg, 'src'));
    expect(offenders).toEqual(['packages/rules/src/vocabulary.ts']);
  });
});

describe('facts', () => {
  it('the checker registers exactly the fact ids of the vocabulary', () => {
    expect(Object.keys(factRegistry).sort()).toEqual([...FACT_IDS].sort());
  });
});

describe('docs', () => {
  it('docs/rules is generated from the rules (run `pnpm docs:rules`)', () => {
    const dir = join(root, 'docs', 'rules');
    for (const rule of rules) {
      expect(readFileSync(join(dir, `${rule.id}.md`), 'utf8'), rule.id).toBe(renderRuleDoc(rule));
    }
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(renderRuleIndex(rules));
  });
});

describe('the checker core is browser-safe', () => {
  it('no module reachable from the pure entry points (index, formatters, report model) imports a Node built-in', () => {
    const srcDir = join(root, 'packages', 'checker', 'src');
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'worker_threads'].includes(spec))
          offenders.push(`${file}: ${spec}`);
        if (spec.startsWith('.')) {
          const base = join(file, '..', spec);
          const candidates = [`${base}.ts`, join(base, 'index.ts')];
          const next = candidates.find((c) => {
            try {
              readFileSync(c);
              return true;
            } catch {
              return false;
            }
          });
          if (next) visit(next);
        }
      }
    };
    visit(join(srcDir, 'index.ts'));
    for (const file of readdirSync(join(srcDir, 'formatters'))) visit(join(srcDir, 'formatters', file));
    visit(join(srcDir, 'report', 'model.ts'));
    expect(seen.size).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});
