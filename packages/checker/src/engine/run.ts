/**
 * Runs the declarative rules with json-rules-engine. Each rule outcome becomes one engine rule;
 * a requirement takes the status of its first outcome that holds, a check reports one finding per
 * match of its outcome's `at` fact. Results are in WORKING-text coordinates.
 */
import { Engine, type Almanac, type RuleProperties } from 'json-rules-engine';
import { FACT_IDS, type FactId, type Lang, type RequirementStatus, type RuleFile, type Severity } from '@soat/rules';
import type { FactContext, Match } from '../facts';
import type { Range } from '../types';
import { factToText, renderMessage } from './messages';
import { customOperators } from './operators';

const CONTEXT_FACT = '__context';

export interface RawRequirement {
  readonly status: RequirementStatus;
  readonly evidence: readonly Match[];
  readonly messageId?: string;
  readonly message?: string;
}

export interface RawFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly fix?: { readonly range: Range; readonly text: string };
  readonly suggestions?: readonly string[];
}

export interface RunSettings {
  readonly lang: Lang;
  /** Severity per rule id after configuration. */
  readonly severity: (rule: RuleFile) => Severity;
}

const engines = new WeakMap<readonly RuleFile[], Engine>();

function engineFor(rules: readonly RuleFile[]): Engine {
  let engine = engines.get(rules);
  if (engine) return engine;
  engine = new Engine([], { allowUndefinedFacts: false });
  for (const [name, fn] of Object.entries(customOperators)) engine.addOperator(name, fn);
  // The context memoises every fact: the engine's own cache would only hash each call's parameters.
  for (const id of FACT_IDS) {
    engine.addFact(
      id,
      async (_params: Record<string, unknown>, almanac: Almanac) => {
        const ctx = (await almanac.factValue(CONTEXT_FACT)) as FactContext;
        return ctx.get(id);
      },
      { cache: false },
    );
  }
  for (const rule of rules) {
    rule.outcomes.forEach((outcome, index) => {
      engine!.addRule({
        name: `${rule.id}#${index}`,
        conditions: outcome.conditions as RuleProperties['conditions'],
        event: { type: 'outcome', params: { ruleId: rule.id, index } },
      });
    });
  }
  engines.set(rules, engine);
  return engine;
}

function asMatches(value: unknown): Match[] {
  if (Array.isArray(value)) return value.filter((v): v is Match => Boolean(v && typeof v === 'object' && 'range' in v));
  if (value && typeof value === 'object' && 'range' in value) return [value as Match];
  return [];
}

export async function runRules(
  rules: readonly RuleFile[],
  ctx: FactContext,
  settings: RunSettings,
): Promise<{ requirements: Map<string, RawRequirement>; findings: RawFinding[] }> {
  const { events } = await engineFor(rules).run({ [CONTEXT_FACT]: ctx });
  const fired = new Map<string, number[]>();
  for (const event of events) {
    const { ruleId, index } = event.params as { ruleId: string; index: number };
    fired.set(ruleId, [...(fired.get(ruleId) ?? []), index]);
  }

  const requirements = new Map<string, RawRequirement>();
  const findings: RawFinding[] = [];
  const fallbackAt = (): Range => asMatches(ctx.get('titleRange'))[0]?.range ?? [0, 0];

  const report = (rule: RuleFile, severity: Severity, messageId: string, message: string, range: Range, match?: Match) => {
    findings.push({
      ruleId: rule.id,
      messageId,
      severity,
      message,
      range,
      ...(match?.fix ? { fix: match.fix } : {}),
      ...(match?.suggestions ? { suggestions: match.suggestions } : {}),
    });
  };

  for (const rule of rules) {
    const indexes = (fired.get(rule.id) ?? []).sort((a, b) => a - b);
    if (rule.meta.kind === 'requirement') {
      const index = indexes[0];
      if (index === undefined) continue;
      const outcome = rule.outcomes[index]!;
      const data = dataFor(outcome.data, ctx);
      const evidence = outcome.evidence ? asMatches(ctx.get(outcome.evidence)) : [];
      const message = outcome.messageId ? renderMessage(rule.messages[outcome.messageId]!, settings.lang, data) : undefined;
      requirements.set(rule.id, {
        status: outcome.status!,
        evidence,
        ...(outcome.messageId ? { messageId: outcome.messageId, message } : {}),
      });
      if ((outcome.status === 'fail' || outcome.status === 'warn') && outcome.messageId) {
        const at = outcome.at ? asMatches(ctx.get(outcome.at))[0]?.range : undefined;
        const configured = settings.severity(rule);
        const severity: Severity = outcome.status === 'warn' && configured === 'error' ? 'warning' : configured;
        report(rule, severity, outcome.messageId, message!, at ?? fallbackAt());
      }
      continue;
    }
    for (const index of indexes) {
      const outcome = rule.outcomes[index]!;
      const data = dataFor(outcome.data, ctx);
      const severity = settings.severity(rule);
      const template = rule.messages[outcome.messageId!]!;
      for (const match of asMatches(ctx.get(outcome.at!))) {
        const message = renderMessage(template, settings.lang, { ...data, text: match.text, ...match.data });
        report(rule, severity, outcome.messageId!, message, match.range, match);
      }
    }
  }
  return { requirements, findings };
}

function dataFor(data: Readonly<Record<string, FactId>> | undefined, ctx: FactContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, fact] of Object.entries(data ?? {})) out[name] = factToText(ctx.get(fact));
  return out;
}
