/**
 * Runs the rules. A check's outcomes run in json-rules-engine, one engine rule each, and report one finding per
 * match of the outcome's `at` fact; a requirement (built-in, or configured in `CheckConfig.requirements`) is an
 * instance of a requirement kind (../requirements) whose unmet status is a finding too. Results are in
 * WORKING-text coordinates.
 */
import { Engine, type Almanac, type RuleProperties } from 'json-rules-engine';
import {
  FACT_IDS,
  requirementMessages,
  type FactId,
  type Lang,
  type LocalizedText,
  type RequirementParams,
  type RequirementSpec,
  type RequirementStatus,
  type RuleFile,
  type Severity,
} from '@soat/rules';
import type { FactContext, Match } from '../facts';
import { evaluateRequirement } from '../requirements';
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
  /** Severity of a rule or requirement after configuration, given its own. */
  readonly severity: (id: string, own: Severity) => Severity;
}

/** A requirement to check: its id, kind and parameters, messages, and own severity. */
interface RequirementEntry {
  readonly id: string;
  readonly params: RequirementParams;
  readonly messages: Readonly<Record<string, LocalizedText>>;
  readonly severity: Severity;
  /** Placeholder values every message of the requirement can use (a configured one's title). */
  readonly data?: Readonly<Record<string, string>>;
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
    rule.outcomes?.forEach((outcome, index) => {
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
  configured: Readonly<Record<string, RequirementSpec>> = {},
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

  const report = (
    ruleId: string,
    severity: Severity,
    messageId: string,
    message: string,
    range: Range,
    match?: Match,
  ) => {
    findings.push({
      ruleId,
      messageId,
      severity,
      message,
      range,
      ...(match?.fix ? { fix: match.fix } : {}),
      ...(match?.suggestions ? { suggestions: match.suggestions } : {}),
    });
  };

  const checkRequirement = ({ id, params, messages, severity: own, data }: RequirementEntry) => {
    const outcome = evaluateRequirement(params, ctx);
    const message = outcome.messageId
      ? renderMessage(messages[outcome.messageId]!, settings.lang, { ...outcome.data, ...data })
      : undefined;
    requirements.set(id, {
      status: outcome.status,
      evidence: outcome.evidence,
      ...(outcome.messageId ? { messageId: outcome.messageId, message } : {}),
    });
    if ((outcome.status === 'fail' || outcome.status === 'warn') && outcome.messageId) {
      const configured = settings.severity(id, own);
      const severity: Severity = outcome.status === 'warn' && configured === 'error' ? 'warning' : configured;
      report(id, severity, outcome.messageId, message!, outcome.at?.range ?? fallbackAt());
    }
  };

  for (const rule of rules) {
    if (rule.requirement) {
      checkRequirement({
        id: rule.id,
        params: rule.requirement,
        messages: rule.messages,
        severity: rule.meta.severity,
      });
      continue;
    }
    for (const index of (fired.get(rule.id) ?? []).sort((a, b) => a - b)) {
      const outcome = rule.outcomes![index]!;
      const data = dataFor(outcome.data, ctx);
      const severity = settings.severity(rule.id, rule.meta.severity);
      const template = rule.messages[outcome.messageId]!;
      for (const match of asMatches(ctx.get(outcome.at))) {
        const message = renderMessage(template, settings.lang, { ...data, text: match.text, ...match.data });
        report(rule.id, severity, outcome.messageId, message, match.range, match);
      }
    }
  }
  for (const [id, spec] of Object.entries(configured)) {
    const title = (settings.lang === 'en' ? spec.title.en : undefined) ?? spec.title.vi;
    checkRequirement({
      id,
      params: spec,
      messages: requirementMessages[spec.kind],
      severity: spec.severity,
      data: { title },
    });
  }
  return { requirements, findings };
}

function dataFor(data: Readonly<Record<string, FactId>> | undefined, ctx: FactContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, fact] of Object.entries(data ?? {})) out[name] = factToText(ctx.get(fact));
  return out;
}
