import type { WorkingText } from '../text';
import type { DocumentTypeCode, Range } from '../types';

/** All ranges in the parsed structure are over the WORKING text (`working.text`). */
export interface DateLine {
  readonly range: Range;
  readonly place: Range | null;
  readonly day: number | null;
  readonly month: number | null;
  readonly year: number | null;
}

export interface Header {
  /** Pieces of the issuing body's name (e.g. "ỦY BAN NHÂN DÂN", "XÃ SƠN DƯƠNG"). */
  readonly issuingBody: readonly Range[];
  readonly nationalTitle: Range | null;
  readonly motto: Range | null;
  /** The whole "Số: …" statement and the number/symbol inside it. */
  readonly numberLine: { readonly range: Range; readonly symbol: Range | null } | null;
  readonly dateLine: DateLine | null;
}

export interface Title {
  readonly range: Range;
  readonly typeCode: DocumentTypeCode;
  readonly typeName: string;
  /** Words after the type word on the title line ("LÀM VIỆC" of "BIÊN BẢN LÀM VIỆC"): the document's subject. */
  readonly qualifier: Range | null;
}

export interface Section {
  /** 1 for "I.", 2 for "1.", 3 for "1.1.", 4 for "a)": a lettered point sits under the sub-numbered item before it. */
  readonly level: 1 | 2 | 3 | 4;
  /** The numbering as written ("III", "2", "a"), OCR repaired for roman numerals; empty for a part heading without one. */
  readonly numbering: string;
  /** The heading paragraph. */
  readonly heading: Range;
  /** The title part of the heading (up to ":" when the heading runs into its text). */
  readonly title: Range;
  /** Everything the section covers, heading included, up to the next section of the same or higher level. */
  readonly range: Range;
  readonly children: readonly Section[];
}

export interface Recipients {
  readonly heading: Range;
  readonly items: readonly Range[];
  readonly range: Range;
}

export interface SignatureBlock {
  readonly authority: readonly Range[];
  readonly positions: readonly Range[];
  readonly name: Range | null;
  readonly range: Range;
}

export interface ParsedDocument {
  readonly working: WorkingText;
  readonly header: Header;
  readonly title: Title | null;
  readonly summary: Range | null;
  readonly preamble: readonly Range[];
  readonly sections: readonly Section[];
  /** The body: from after the preamble to the end of the closing paragraph. */
  readonly body: Range;
  readonly closing: { readonly range: Range; readonly mark: Range | null } | null;
  readonly recipients: Recipients | null;
  readonly signature: SignatureBlock | null;
}
