/**
 * The previous run of `soat report --previous r.json`, read and indexed, and the comparison of each plan with it
 * (see ./compare). A finding is its rule, message id and message (the points of the send-back letter), so a finding
 * that only moved in the revised text remains the same; errors and warnings count, suggestions do not. A plan is
 * found in the previous run by its path, else by its file name, else by its issuing unit and number (a revision
 * sent under another name or into another folder), each only when it designates one file. Pure.
 */
import * as z from 'zod';
import { renderMessage } from '../render';
import type { Lang } from '../types';
import type { ComparedFinding, Comparison } from './compare';
import { findingKey, unitKey, type ReportEntry } from './model';

const PreviousFinding = z.object({
  ruleId: z.string(),
  messageId: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
});
const PreviousReport = z.object({
  files: z.array(
    z.object({
      path: z.string(),
      plan: z.object({ number: z.string().nullable().optional(), issuer: z.string().nullable().optional() }).optional(),
      findings: z.array(PreviousFinding).optional(),
      error: z.string().optional(),
    }),
  ),
});
type PreviousFile = z.infer<typeof PreviousReport>['files'][number];

/** The previous run, indexed for `compare`. */
export class PreviousRun {
  private readonly byPath = new Map<string, PreviousFile>();
  private readonly byName = new Map<string, PreviousFile[]>();
  private readonly byPlan = new Map<string, PreviousFile[]>();

  private constructor(files: readonly PreviousFile[]) {
    for (const file of files) {
      if (file.error !== undefined) continue;
      this.byPath.set(file.path, file);
      push(this.byName, fileName(file.path), file);
      const key = planKey(file.plan?.issuer ?? null, file.plan?.number ?? null);
      if (key) push(this.byPlan, key, file);
    }
  }

  /**
   * Reads the JSON of `soat report --json` or `soat check --format json`; throws an Error saying what is
   * wrong (the caller names the file).
   */
  static parse(text: string): PreviousRun {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(`không phải JSON (${(error as Error).message})`);
    }
    const parsed = PreviousReport.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`không phải kết quả JSON của soát (${issue.path.join('.') || 'gốc'}: ${issue.message})`);
    }
    return new PreviousRun(parsed.data.files);
  }

  /**
   * The comparison of a checked plan with its previous version, or null when the previous run has none; messages
   * are compared in `lang` (the previous run's JSON holds them in its own).
   */
  compare(entry: ReportEntry, lang: Lang): Comparison | null {
    if (entry.kind === 'unreadable') return null;
    const previous = this.find(entry.path, planKey(entry.plan.issuer, entry.plan.number));
    if (!previous) return null;
    const before = distinct(previous.findings ?? []);
    const now = distinct(entry.findings.map((f) => ({ ...f, message: renderMessage(f, lang) })));
    return {
      previousPath: previous.path,
      fixed: [...before].filter(([key]) => !now.has(key)).map(([, f]) => f),
      remaining: [...now].filter(([key]) => before.has(key)).map(([, f]) => f),
      added: [...now].filter(([key]) => !before.has(key)).map(([, f]) => f),
    };
  }

  private find(path: string, plan: string | null): PreviousFile | null {
    const only = (files: readonly PreviousFile[] | undefined): PreviousFile | null =>
      files?.length === 1 ? files[0]! : null;
    return (
      this.byPath.get(path) ?? only(this.byName.get(fileName(path))) ?? (plan ? only(this.byPlan.get(plan)) : null)
    );
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

function planKey(issuer: string | null, number: string | null): string | null {
  return issuer && number ? `${unitKey(issuer)}\u0000${number.replace(/\s+/g, '')}` : null;
}

/** Errors and warnings, once each, by rule, message id and message. */
function distinct(findings: readonly ComparedFinding[]): Map<string, ComparedFinding> {
  const out = new Map<string, ComparedFinding>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const key = findingKey(f);
    if (!out.has(key))
      out.set(key, { ruleId: f.ruleId, messageId: f.messageId, message: f.message, severity: f.severity });
  }
  return out;
}
