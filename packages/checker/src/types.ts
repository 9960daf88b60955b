/**
 * Public types of the checker. Every position is a half-open range of UTF-16 code units
 * over the ORIGINAL text given to `check()` (the same unit as DOM Ranges and textarea.selectionStart).
 */
import type {
  Lang,
  LocalizedText,
  Mode,
  RequirementId,
  RequirementSpec,
  RequirementStatus,
  Severity,
} from '@soat/rules';
import type { MessageData } from './render';

export type { Lang, Mode, RequirementId, RequirementSpec, RequirementStatus, Severity };
export type { MessageData, MessageRef, MessageValue } from './render';

/** `[start, end)` in UTF-16 code units over the original text. */
export type Range = readonly [number, number];

/** A certain fix: replace `range` of the original text by `text`. */
export interface Fix {
  readonly range: Range;
  readonly text: string;
}

/** Where a piece of extracted text came from in the source file (set by the readers); all numbers 1-based. */
export type SourceLocator =
  | { readonly kind: 'text'; readonly line: number; readonly column: number }
  | {
      readonly kind: 'docx';
      readonly paragraph: number;
      readonly table?: { readonly index: number; readonly row: number; readonly cell: number };
    }
  | { readonly kind: 'pdf'; readonly page: number; readonly line: number }
  | { readonly kind: 'html'; readonly line: number; readonly column: number };

/** A block of extracted text and its place in the source file; ranges are over `ExtractedDocument.text`. */
export interface SourceBlock {
  readonly range: Range;
  readonly locator: SourceLocator;
}

/** Formatting facts about one paragraph of a rich document (.docx), for typography rules. */
export interface ParagraphFormat {
  readonly range: Range;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: 'left' | 'center' | 'right' | 'both';
  readonly fontName?: string;
  /** Font size in points. */
  readonly fontSize?: number;
}

export interface PageSetup {
  /** Paper size and margins in millimetres. */
  readonly width?: number;
  readonly height?: number;
  readonly marginTop?: number;
  readonly marginBottom?: number;
  readonly marginLeft?: number;
  readonly marginRight?: number;
}

/** A problem a reader found while extracting the text (e.g. a legacy encoding it converted). */
export interface ReaderNotice {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: { readonly vi: string; readonly en?: string };
  readonly range?: Range;
  /** What the rule's message fills in ("1, 2": the pages a PDF has no text for). */
  readonly data?: Readonly<Record<string, string>>;
}

/**
 * What a reader produces from a file: the plain text plus optional source mapping and formatting.
 * `check()` accepts either a plain string or this object.
 */
export interface ExtractedDocument {
  readonly text: string;
  readonly format: 'txt' | 'docx' | 'doc' | 'pdf' | 'html';
  readonly blocks?: readonly SourceBlock[];
  readonly paragraphs?: readonly ParagraphFormat[];
  readonly page?: PageSetup;
  readonly notices?: readonly ReaderNotice[];
  /** Which text encoding was assumed/detected (for .txt). */
  readonly encoding?: string;
  /** True when the text came from OCR. */
  readonly ocr?: boolean;
}

/**
 * A finding carries its message as `messageId` and `data` (a `MessageRef`); `renderMessage` (./render) turns it into
 * text in the language a shell shows.
 */
export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  /** Values of the message's placeholders (absent when it has none). */
  readonly data?: MessageData;
  /** The message when the rule pack does not hold it (a configured requirement's, a foreign reader notice's). */
  readonly template?: LocalizedText;
  readonly range: Range;
  /** 1-based line and column of `range[0]` in the original text. */
  readonly line: number;
  readonly column: number;
  /** A certain correction, applied by `soat check --fix` and the extension's "fix all". */
  readonly fix?: Fix;
  /**
   * Likely corrections of the text at `range` when none is certain (a typo's nearest syllables, the word a
   * real-word error probably meant), best first, at most five; the user picks one.
   */
  readonly suggestions?: readonly string[];
  readonly source?: SourceLocator;
  readonly ocr?: boolean;
}

export interface Evidence {
  readonly range: Range;
  readonly text: string;
}

export interface RequirementResult {
  readonly status: RequirementStatus;
  readonly evidence: readonly Evidence[];
  /** Why the status was given (absent for a plain pass); rendered with `requirementMessage` (./render). */
  readonly messageId?: string;
  readonly data?: MessageData;
  /** The message of a configured requirement (its kind's), which the rule pack does not hold. */
  readonly template?: LocalizedText;
}

/** Document type codes of Nghị định 30/2020, Phụ lục III (plus CV for công văn, GP for a licence). */
export type DocumentTypeCode =
  | 'KH'
  | 'QĐ'
  | 'HD'
  | 'BC'
  | 'TB'
  | 'CTr'
  | 'NQ'
  | 'CT'
  | 'TTr'
  | 'QC'
  | 'QyĐ'
  | 'TC'
  | 'PA'
  | 'ĐA'
  | 'DA'
  | 'BB'
  | 'CV'
  | 'KL'
  | 'GM'
  | 'CĐ'
  | 'GP'
  | 'NQLT'
  | 'Luật'
  | 'NĐ'
  | 'TT'
  | 'unknown';

export interface PlanInfo {
  readonly year: number | null;
  /** ISO date `YYYY-MM-DD` of the date line, when it is complete. */
  readonly date: string | null;
  /** The number/symbol as written on the `Số:` line. */
  readonly number: string | null;
  readonly issuer: string | null;
  readonly level: 'xã' | 'phường' | 'đặc khu' | 'tỉnh' | 'thành phố' | null;
}

export interface CheckResult {
  readonly documentType: DocumentTypeCode;
  /** The type word as recognised in the title (e.g. "Kế hoạch"), or null. */
  readonly documentTypeName: string | null;
  readonly plan: PlanInfo;
  /** The five built-in requirements, then the configured ones (`CheckConfig.requirements`), by id. */
  readonly requirements: Readonly<Record<RequirementId, RequirementResult> & Record<string, RequirementResult>>;
  readonly findings: readonly Finding[];
}

export interface CheckConfig {
  /** Turn rules off or change their severity: `{ "has-signature": "off" }`. */
  readonly rules?: Readonly<Record<string, Severity | 'off'>>;
  /** Parent plan(s) the reviewer expects to be cited, e.g. `["18-KH/TU"]`. */
  readonly expectedParents?: readonly string[];
  readonly mode?: Mode;
  /**
   * The language the shells (CLI, report, extension, web page) render messages in. `check()` itself is language-free:
   * its findings carry `messageId` and `data`, rendered by `renderMessage`.
   */
  readonly lang?: Lang;
  readonly profile?: string;
  /** Requirements written as data (soat.config.json `requirements`), checked after the built-in ones. */
  readonly requirements?: Readonly<Record<string, RequirementSpec>>;
}

export interface CheckOptions extends CheckConfig {}
