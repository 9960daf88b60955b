import type { Range } from '../types';

/** What a fact found: a range over the WORKING text, its text, and an optional short label and fix. */
export interface Match {
  readonly range: Range;
  readonly text: string;
  /** Short human label (e.g. "Chỉ thị 33/CT-TTg") used when the match fills a message placeholder. */
  readonly label?: string;
  readonly fix?: { readonly range: Range; readonly text: string };
  /** Likely corrections of the matched text when none is certain, best first (at most five). */
  readonly suggestions?: readonly string[];
  /** Placeholder values particular to this match (e.g. the font size found). */
  readonly data?: Readonly<Record<string, string>>;
}
