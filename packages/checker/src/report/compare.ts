/**
 * Comparison with a previous run (`soat report --previous r.json`): per plan, which of the previous run's
 * findings were fixed, which remain, which are new — "bản sửa lần 2 đã khắc phục 3/4". Pure. This file holds what
 * the outputs need (the types, the words, the JSON member); ./previous-run reads the previous run and compares.
 */
import type { Severity } from '../types';
import type { MatrixRow } from './model';

export interface ComparedFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly message: string;
  readonly severity: Severity;
}

export interface Comparison {
  /** The previous run's path of the plan. */
  readonly previousPath: string;
  readonly fixed: readonly ComparedFinding[];
  readonly remaining: readonly ComparedFinding[];
  /** Not in the previous run (a JSON key would be `new`). */
  readonly added: readonly ComparedFinding[];
}

const WORDS = {
  vi: { fixed: 'đã khắc phục', added: 'mới', none: 'không có lỗi trước đó' },
  en: { fixed: 'fixed', added: 'new', none: 'no earlier defects' },
} as const;

/** "đã khắc phục 3/4; 1 mới": fixed out of the previous run's findings, and the new ones. */
export function comparisonText(c: Comparison, lang: 'vi' | 'en'): string {
  const w = WORDS[lang];
  const before = c.fixed.length + c.remaining.length;
  const parts = [before > 0 ? `${w.fixed} ${c.fixed.length}/${before}` : w.none];
  if (c.added.length > 0) parts.push(`${c.added.length} ${w.added}`);
  return parts.join('; ');
}

/** The `"comparison"` member of the JSON report (after its summary), or "" without `--previous`. */
export function comparisonJson(rows: readonly MatrixRow[]): string {
  const compared = rows.flatMap((r) =>
    r.comparison
      ? [
          {
            path: r.path,
            previousPath: r.comparison.previousPath,
            fixed: r.comparison.fixed,
            remaining: r.comparison.remaining,
            new: r.comparison.added,
          },
        ]
      : [],
  );
  return compared.length ? `,"comparison":${JSON.stringify(compared)}` : '';
}
