/**
 * Runs the rules. A check's outcomes run in json-rules-engine, one engine rule each, and report one finding per
 * match of the outcome's `at` fact; a requirement (built-in, or configured in `CheckConfig.requirements`) is an
 * instance of a requirement kind (../requirements) whose unmet status is a finding too. Results are in
 * WORKING-text coordinates, and carry their message as a messageId and the values of its placeholders (rendered by
 * the shells, ../render).
 */
import { Almanac, Engine, type RuleProperties } from 'json-rules-engine';
import type { LocalizedText, RequirementParams, RequirementSpec } from '@soat/rules';
import {
  FACT_IDS,
  requirementMessages,
  type FactId,
  type PackRule,
  type RequirementStatus,
  type Severity,
} from '@soat/rules/pack';
import type { FactContext, Match } from '../facts';
import { evaluateRequirement } from '../requirements';
import type { MessageData } from '../render';
import type { Range } from '../types';
import { factToText } from './messages';
import { customOperators } from './operators';

/**
 * The run's almanac carries the document's facts: a fact's callback reads them at once, where asking the almanac for
 * a runtime fact would cost a promise per condition.
 */
class DocumentAlmanac extends Almanac {
  constructor(readonly ctx: FactContext) {
    super({ allowUndefinedFacts: false });
  }
}

/** A message as check() gives it: its id, its placeholders' values, and its text when the pack does not hold it. */
interface RawMessage {
  readonly messageId: string;
  readonly data?: MessageData;
  readonly template?: LocalizedText;
}

export interface RawRequirement extends Partial<RawMessage> {
  readonly status: RequirementStatus;
  readonly evidence: readonly Match[];
}

export interface RawFinding extends RawMessage {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly range: Range;
  readonly fix?: { readonly range: Range; readonly text: string };
  readonly suggestions?: readonly string[];
}

export interface RunSettings {
  /** Severity of a rule or requirement after configuration, given its own. */
  readonly severity: (id: string, own: Severity) => Severity;
}

/** A requirement to check: its id, kind and parameters, messages, and own severity. */
interface RequirementEntry {
  readonly id: string;
  readonly params: RequirementParams;
  readonly messages: Readonly<Record<string, LocalizedText>>;
  readonly severity: Severity;
  /**
   * A configured requirement: its title (every message of its kind names it) and messages travel with its results,
   * as the rule pack does not hold them.
   */
  readonly configured?: { readonly title: LocalizedText };
}

const placeholderCache = new WeakMap<LocalizedText, readonly string[]>();

/** The names of a message's `{{name}}` placeholders, in either language. */
function placeholders(template: LocalizedText): readonly string[] {
  let names = placeholderCache.get(template);
  if (!names) {
    names = [...new Set([...`${template.vi}${template.en ?? ''}`.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))];
    placeholderCache.set(template, names);
  }
  return names;
}

/**
 * The values `template` uses, out of those at hand (a finding keeps only what its message shows), with those a
 * value in each language uses in turn ("lề trái {{margin}} mm": ../render fills them one level deep).
 */
function dataOf(template: LocalizedText, values: MessageData): MessageData | undefined {
  const names = placeholders(template);
  if (names.length === 0) return undefined;
  const data: Record<string, MessageData[string]> = {};
  for (const name of names) {
    const value = values[name];
    if (value === undefined) continue;
    data[name] = value;
    if (typeof value !== 'object') continue;
    for (const inner of placeholders(value)) if (values[inner] !== undefined) data[inner] = values[inner];
  }
  return data;
}

const engines = new WeakMap<readonly PackRule[], Engine>();

function engineFor(rules: readonly PackRule[]): Engine {
  let engine = engines.get(rules);
  if (engine) return engine;
  engine = new Engine([], { allowUndefinedFacts: false });
  for (const [name, fn] of Object.entries(customOperators)) engine.addOperator(name, fn);
  // The context memoises every fact: the engine's own cache would only hash each call's parameters.
  for (const id of FACT_IDS) {
    engine.addFact(
      id,
      (_params: Record<string, unknown>, almanac: Almanac) => (almanac as DocumentAlmanac).ctx.get(id),
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
  rules: readonly PackRule[],
  ctx: FactContext,
  settings: RunSettings,
  configured: Readonly<Record<string, RequirementSpec>> = {},
): Promise<{ requirements: Map<string, RawRequirement>; findings: RawFinding[] }> {
  const { events } = await engineFor(rules).run({}, { almanac: new DocumentAlmanac(ctx) });
  const fired = new Map<string, number[]>();
  for (const event of events) {
    const { ruleId, index } = event.params as { ruleId: string; index: number };
    fired.set(ruleId, [...(fired.get(ruleId) ?? []), index]);
  }

  const requirements = new Map<string, RawRequirement>();
  const findings: RawFinding[] = [];
  const fallbackAt = (): Range => asMatches(ctx.get('titleRange'))[0]?.range ?? [0, 0];

  const report = (ruleId: string, severity: Severity, message: RawMessage, range: Range, match?: Match) => {
    findings.push({
      ruleId,
      ...message,
      severity,
      range,
      ...(match?.fix ? { fix: match.fix } : {}),
      ...(match?.suggestions ? { suggestions: match.suggestions } : {}),
    });
  };

  const checkRequirement = ({ id, params, messages, severity: own, configured }: RequirementEntry) => {
    const outcome = evaluateRequirement(params, ctx);
    const template = outcome.messageId ? messages[outcome.messageId]! : undefined;
    const message: RawMessage | undefined =
      outcome.messageId && template
        ? {
            messageId: outcome.messageId,
            ...withData(dataOf(template, { ...outcome.data, ...(configured ? { title: configured.title } : {}) })),
            ...(configured ? { template } : {}),
          }
        : undefined;
    requirements.set(id, { status: outcome.status, evidence: outcome.evidence, ...message });
    if ((outcome.status === 'fail' || outcome.status === 'warn') && message) {
      const severity = settings.severity(id, own);
      report(
        id,
        outcome.status === 'warn' && severity === 'error' ? 'warning' : severity,
        message,
        outcome.at?.range ?? fallbackAt(),
      );
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
        const values = dataOf(template, { ...data, text: match.text, ...match.data });
        report(rule.id, severity, { messageId: outcome.messageId, ...withData(values) }, match.range, match);
      }
    }
  }
  for (const [id, spec] of Object.entries(configured)) {
    checkRequirement({
      id,
      params: spec,
      messages: requirementMessages[spec.kind],
      severity: spec.severity,
      configured: { title: spec.title },
    });
  }
  return { requirements, findings };
}

const withData = (data: MessageData | undefined): { data?: MessageData } => (data ? { data } : {});

function dataFor(data: Readonly<Record<string, FactId>> | undefined, ctx: FactContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, fact] of Object.entries(data ?? {})) out[name] = factToText(ctx.get(fact));
  return out;
}
