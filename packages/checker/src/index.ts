/**
 * @soat/checker — pure and browser-safe: `check()` turns a text (or a reader's ExtractedDocument)
 * into requirement statuses and findings with ranges over the ORIGINAL text.
 */
import { rules as allRules, rulesById, type PackRule, type Severity } from '@soat/rules/pack';
import { runRules } from './engine/run';
import { createFactContext, planOf, type Match } from './facts';
import { lineColumn, lineStartsOf, sourceOf } from './locate';
import { parseDocument } from './parse';
import { normalise, type WorkingText } from './text';
import type {
  CheckOptions,
  CheckResult,
  Evidence,
  ExtractedDocument,
  Finding,
  Range,
  RequirementResult,
} from './types';

export type * from './types';
export { applyFixes } from './fix';
export { fillTemplate, renderMessage, requirementMessage } from './render';
export { normalise, fold, splitSentences } from './text';
export { parseDocument } from './parse';
import { requirementIds } from './requirements/title';
export { requirementIds, requirementTitle } from './requirements/title';
export { coverPlan, readParentPlan } from './coverage';
export type { CoverageEvidence, CoverageReason, CoverageStatus, ParentPlan, PlanTask, TaskCoverage } from './coverage';
/** Browser-safe readers (.docx, .html, text) for callers that hold the bytes, e.g. the extension. */
export { readBytes, ReadError, type ReadErrorCode, sniff, type SniffedFormat } from './readers';

const DEFAULT_PROFILE = 'ke-hoach-2026';
const activeRuleCache = new Map<string, readonly PackRule[]>();

/** The rules that run for these options (same array for the same options, so engines are reused). */
export function activeRules(options: CheckOptions = {}): readonly PackRule[] {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const off = Object.entries(options.rules ?? {})
    .filter(([, v]) => v === 'off')
    .map(([k]) => k)
    .sort();
  const key = `${profile}|${off.join(',')}`;
  let list = activeRuleCache.get(key);
  if (!list) {
    list = allRules.filter((r) => r.meta.profiles.includes(profile as never) && !off.includes(r.id));
    activeRuleCache.set(key, list);
  }
  return list;
}

export async function check(input: string | ExtractedDocument, options: CheckOptions = {}): Promise<CheckResult> {
  const source: ExtractedDocument = typeof input === 'string' ? { text: input, format: 'txt' } : input;
  const working = normalise(source.text);
  const doc = parseDocument(working);
  const ctx = createFactContext(doc, options, source);
  const severity = (id: string, own: Severity): Severity => {
    const configured = options.rules?.[id];
    return configured && configured !== 'off' ? configured : own;
  };
  const configured = Object.fromEntries(
    Object.entries(options.requirements ?? {}).filter(([id]) => options.rules?.[id] !== 'off'),
  );
  const raw = await runRules(activeRules(options), ctx, { severity }, configured);

  const lineStarts = lineStartsOf(source.text);
  const toOriginal = (range: Range): Range => working.map.toOriginal(range);
  const evidence = (m: Match): Evidence => {
    const range = toOriginal(m.range);
    return { range, text: source.text.slice(...range) };
  };

  const requirements = Object.fromEntries(
    requirementIds(options).map((id): [string, RequirementResult] => {
      const r = raw.requirements.get(id);
      return [id, r ? { ...r, evidence: r.evidence.map(evidence) } : { status: 'not-applicable', evidence: [] }];
    }),
  ) as CheckResult['requirements'];

  const findings: Finding[] = raw.findings.map((f) => {
    const range = toOriginal(f.range);
    // A finding about the whole file (the pages a PDF has no text for, at 0–0) has no place in it to point to.
    const locator = range[0] === range[1] && range[0] === 0 ? undefined : sourceOf(source.blocks, range);
    return {
      ...f,
      range,
      ...lineColumn(lineStarts, range[0]),
      ...(f.fix ? { fix: { range: toOriginal(f.fix.range), text: f.fix.text } } : {}),
      ...(locator ? { source: locator } : {}),
      ...(source.ocr ? { ocr: true } : {}),
    };
  });
  // Notices of a rule in the pack (legacy-encoding) are reported by that rule, configurable like any other.
  for (const notice of (source.notices ?? []).filter((n) => !rulesById.has(n.ruleId))) {
    const range = notice.range ?? [0, 0];
    findings.push({
      ruleId: notice.ruleId,
      messageId: notice.messageId,
      severity: notice.severity,
      template: notice.message,
      range,
      ...lineColumn(lineStarts, range[0]),
    });
  }
  findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));

  const documentType = ctx.get<CheckResult['documentType']>('documentType');
  return {
    documentType,
    // A công văn has no type name line (its "V/v …" is its trích yếu): it is named all the same.
    documentTypeName: doc.title?.typeName ?? (documentType === 'CV' ? 'Công văn' : null),
    plan: planOf(ctx),
    requirements,
    findings,
  };
}

export type { WorkingText };
