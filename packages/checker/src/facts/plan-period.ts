/**
 * The period a plan's date can fall in, for rules applied "by the plan's date": the full date line
 * gives one day; a blank day gives its month; without a date line, the year of the plan gives the year.
 */
import type { ParsedDocument } from '../parse';
import type { Citation } from './citations';
import { isoDate } from './format-common';
import { planYear } from './plan';

export interface PlanPeriod {
  /** ISO dates; `earliest` = `latest` when the date line is complete. */
  readonly earliest: string;
  readonly latest: string;
  /** Whether the period comes from the date line (not only from a year in the title). */
  readonly dated: boolean;
}

export function planPeriod(doc: ParsedDocument, citations: readonly Citation[]): PlanPeriod | null {
  const line = doc.header.dateLine;
  if (line?.year && line.month && line.month >= 1 && line.month <= 12) {
    const day = line.day ? isoDate(line.year, line.month, line.day) : null;
    if (day) return { earliest: day, latest: day, dated: true };
    const lastDay = new Date(Date.UTC(line.year, line.month, 0)).getUTCDate();
    return {
      earliest: isoDate(line.year, line.month, 1)!,
      latest: isoDate(line.year, line.month, lastDay)!,
      dated: true,
    };
  }
  const year = planYear(doc, citations);
  return year ? { earliest: `${year}-01-01`, latest: `${year}-12-31`, dated: false } : null;
}
